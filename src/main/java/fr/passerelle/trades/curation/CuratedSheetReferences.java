package fr.passerelle.trades.curation;

import fr.passerelle.trades.RomeItemKind;
import fr.passerelle.trades.RomeReferences;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What curated trade sheets still point at among the ROME items a newer release removed: the sheets of a removed trade
 * (they stay, flagged, until their owner replaces them) and the sheets that highlight a removed skill.
 */
@Component
class CuratedSheetReferences implements RomeReferences {

    private final TradeCuration curation;

    CuratedSheetReferences(TradeCuration curation) {
        this.curation = curation;
    }

    @Override
    public List<Reference> referencesTo(RomeItemKind kind, Collection<String> codes) {
        return curation.referencesTo(kind, codes);
    }
}

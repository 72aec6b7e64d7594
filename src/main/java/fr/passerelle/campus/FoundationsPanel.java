package fr.passerelle.campus;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On the public page of a campus, who carries it and its framework agreement: the carrying structure, the date of the
 * agreement and its signatories — not the financial commitments nor the signed file. Absent while neither is recorded.
 */
@Component
class FoundationsPanel implements CampusPagePanel {

    private final CampusFoundations foundations;

    FoundationsPanel(CampusFoundations foundations) {
        this.foundations = foundations;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Panel> panel(CampusCard campus) {
        return foundations.publicSummary(campus.id()).map(summary -> new Panel("campus/foundations-panel", summary));
    }
}

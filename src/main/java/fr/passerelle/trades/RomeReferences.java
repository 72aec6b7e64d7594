package fr.passerelle.trades;

import java.util.Collection;
import java.util.List;

/**
 * What a module still points at among ROME items that a newer release removed: each module that stores ROME codes
 * (offers, profiles, skills matrices, curated trade sheets…) provides one as a bean, and the comparison of two releases
 * lists what they answer, so that the national administrator sees what to fix before deleting the older release.
 * Called in a read-only transaction; answers from SQL limited to the codes given.
 */
public interface RomeReferences {

    /**
     * @param kind  the kind of the codes
     * @param codes removed codes of that kind: trade codes ("A1101") or OGR codes as text ("38055")
     * @return one entry per thing that points at one of them
     */
    List<Reference> referencesTo(RomeItemKind kind, Collection<String> codes);

    /**
     * @param code        the removed code it points at
     * @param description what points at it, in French ("Fiche enrichie du campus Atlantech")
     * @param link        a path in the platform where it can be fixed (may be null)
     */
    record Reference(RomeItemKind kind, String code, String description, String link) {
    }
}

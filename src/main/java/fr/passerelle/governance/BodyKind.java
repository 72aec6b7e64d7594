package fr.passerelle.governance;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of governing body: those of a campus, those of a région (regional co-piloting, source 001), the body
 * of a national thematic network of campuses and the commissions of a cluster (source 004). Each kind belongs to one
 * {@link Scope}.
 */
public enum BodyKind {
    STRATEGIC("Comité d'orientation stratégique", Scope.CAMPUS),
    STEERING("Comité de pilotage (COPIL)", Scope.CAMPUS),
    TECHNICAL("Comité technique", Scope.CAMPUS),
    WORKING_GROUP("Groupe de travail", Scope.CAMPUS),
    REGIONAL_STRATEGIC_COMMITTEE("Comité stratégique régional", Scope.REGION),
    REGIONAL_CELL("Cellule régionale", Scope.REGION),
    DIRECTORS_GROUP("Groupe de travail des directeurs opérationnels", Scope.REGION),
    NATIONAL_NETWORK("Réseau thématique national", Scope.NETWORK),
    EMPLOYMENT_COMMISSION("Commission emploi", Scope.CLUSTER),
    TRAINING_COMMISSION("Commission formation", Scope.CLUSTER);

    /** What a body of this kind hangs from. */
    public enum Scope { CAMPUS, REGION, NETWORK, CLUSTER }

    private final String label;
    private final Scope scope;

    BodyKind(String label, Scope scope) {
        this.label = label;
        this.scope = scope;
    }

    public String label() {
        return label;
    }

    public Scope scope() {
        return scope;
    }

    /** The kinds of body hanging from that scope, in order. */
    public static List<BodyKind> of(Scope scope) {
        return Arrays.stream(values()).filter(k -> k.scope == scope).toList();
    }
}

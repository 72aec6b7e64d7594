package fr.passerelle.labelling;

import java.util.Arrays;
import java.util.List;

/**
 * The 11 criteria of the national specifications (cahier des charges), and the six further requirements of the
 * Excellence category. A dossier answers each criterion that applies to its category.
 */
public enum Criterion {
    DIAGNOSIS("Un diagnostic partagé de l’analyse socio-économique et des enjeux identifiés", false),
    PERIMETER("Un périmètre identifié d’acteurs, de territoires, de structures et de certifications", false),
    STRATEGIC_GOALS("Des objectifs stratégiques clairs et ambitieux", false),
    REGIONAL_GOVERNANCE("Une gouvernance régionale spécifique", false),
    OPERATIONAL_STEERING("Un pilotage opérationnel du campus", false),
    MEANS("Des moyens financiers et humains garants de l’opérationnalité et de l’ambition du projet", false),
    IDENTITY("Une identité forte et fédératrice", false),
    PLACES("Des lieux d’innovation et d’épanouissement pour les bénéficiaires", false),
    PATHWAYS("Des parcours innovants de formation professionnelle", false),
    INTERNATIONAL("Un développement et une visibilité à l’international", false),
    QUALITY("Une démarche qualité effective", false),
    NATIONAL_ISSUE("Une problématique socio-économique d’ampleur nationale", true),
    RESEARCH("Des ressources mobilisables en termes de recherche", true),
    EMBLEMATIC_PREMISES("Des espaces emblématiques d’accueil et de formation", true),
    SPORT_CULTURE_HOUSING("Une offre sportive et culturelle, et une capacité d’hébergement", true),
    EUROPEAN_PARTNERSHIPS("Des partenariats européens ou internationaux au-delà de la mobilité des personnes", true),
    EXTERNAL_EVALUATION("Une évaluation externe avant la fin de la labellisation", true);

    private final String label;
    private final boolean excellenceOnly;

    Criterion(String label, boolean excellenceOnly) {
        this.label = label;
        this.excellenceOnly = excellenceOnly;
    }

    public String label() {
        return label;
    }

    public boolean excellenceOnly() {
        return excellenceOnly;
    }

    /** "Critère 3" or "Exigence Excellence 2", for people. */
    public String number() {
        return excellenceOnly ? "Exigence Excellence " + (ordinal() - 10) : "Critère " + (ordinal() + 1);
    }

    /** The criteria a dossier of this category answers. */
    public static List<Criterion> forCategory(boolean excellence) {
        return Arrays.stream(values()).filter(c -> excellence || !c.excellenceOnly).toList();
    }
}

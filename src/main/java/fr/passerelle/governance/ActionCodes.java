package fr.passerelle.governance;

/** The codes an action plan speaks: kinds of action, their states, and the audiences of learners they reach. */
public final class ActionCodes {

    private ActionCodes() {
    }

    /** What a campus does, as the sources list it. */
    public enum Type {
        FAIR("Salon ou forum des métiers et de l’orientation"),
        COMPANY_VISIT("Visite d’entreprise"),
        SCHOOL_TALK("Intervention en établissement"),
        TEACHER_TRAINING("Formation ou immersion en entreprise des enseignants"),
        TEACHING_KIT("Kit pédagogique ou outil numérique"),
        CONTEST("Concours"),
        MOBILITY("Mobilité, Erasmus+"),
        TRAINING("Formation nouvelle ou colorée"),
        EVENT("Participation à un événement"),
        COMMUNICATION("Communication");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where an action stands; an abandoned action keeps the cause of its abandonment. */
    public enum Status {
        PLANNED("Prévue"), IN_PROGRESS("En cours"), DONE("Réalisée"), ABANDONED("Abandonnée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The learners an action reaches. */
    public enum Audience {
        COLLEGE("Collégiens"), LYCEE("Lycéens"), APPRENTICES("Apprentis"), STUDENTS("Étudiants"),
        ADULTS("Adultes en formation continue"), JOB_SEEKERS("Demandeurs d’emploi");

        private final String label;

        Audience(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

package fr.passerelle.governance;

/** A rule of governance was broken; the message is in French. */
class GovernanceException extends RuntimeException {

    private final String field;

    GovernanceException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

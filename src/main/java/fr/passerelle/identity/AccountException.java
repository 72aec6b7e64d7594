package fr.passerelle.identity;

/** An account could not be opened or changed; the message is in French. */
class AccountException extends RuntimeException {

    private final String field;

    AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

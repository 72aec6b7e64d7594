package fr.passerelle.campus;

/** A rule of the registry was broken; the message is in French, for the person who entered the data. */
class CampusException extends RuntimeException {

    private final String field;

    CampusException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

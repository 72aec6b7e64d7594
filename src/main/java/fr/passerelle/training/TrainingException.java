package fr.passerelle.training;

/** A refused change, with the French reason and the form field at fault (or null). */
public class TrainingException extends RuntimeException {

    private final String field;

    public TrainingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

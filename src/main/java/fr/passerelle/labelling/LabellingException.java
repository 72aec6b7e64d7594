package fr.passerelle.labelling;

/** A rule of the label lifecycle was broken; the message is in French and names the field at fault, if any. */
class LabellingException extends RuntimeException {

    private final String field;

    LabellingException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

package fr.passerelle.governance.documents;

/** A change to the library was refused; the message is in French and names the form field at fault, if any. */
class DocumentException extends RuntimeException {

    private final String field;

    DocumentException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

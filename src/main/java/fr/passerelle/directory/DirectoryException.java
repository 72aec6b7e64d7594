package fr.passerelle.directory;

/** A rule of the directory was broken; the message is in French, for the person who entered the data. */
public class DirectoryException extends RuntimeException {

    private final String field;

    public DirectoryException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field at fault, or null when the whole entry is. */
    public String field() {
        return field;
    }
}

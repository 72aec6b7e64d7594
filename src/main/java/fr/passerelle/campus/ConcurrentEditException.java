package fr.passerelle.campus;

/** Someone else saved the campus after the form was opened: nothing was written. */
class ConcurrentEditException extends RuntimeException {

    ConcurrentEditException(String message) {
        super(message);
    }
}

package fr.passerelle.platform;

/**
 * Someone else saved the same thing after the form was opened: nothing was written. The one way every module reports
 * a concurrent edit, whether it compared the version the form carries or the database refused a stale write
 * (Spring's {@code OptimisticLockingFailureException}, which the service turns into this). It is a broken rule on
 * the whole entry: {@link Outcomes} shows the form again with what was typed and this message, and the page may
 * show the version saved meanwhile beside it.
 */
public class ConcurrentEditException extends BusinessRuleException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}

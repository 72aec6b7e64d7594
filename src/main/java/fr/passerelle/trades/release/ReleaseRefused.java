package fr.passerelle.trades.release;

import fr.passerelle.platform.BusinessRuleException;

/** A release that cannot be imported at all (a file or a column missing, no version number); the message is in French. */
class ReleaseRefused extends BusinessRuleException {

    ReleaseRefused(String message) {
        super(message);
    }
}

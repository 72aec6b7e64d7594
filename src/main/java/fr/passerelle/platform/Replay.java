package fr.passerelle.platform;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Past acts recorded now as if they happened then (the demo's history of campaigns and reviews): while
 * {@link #at(Clock, Supplier)} runs, services that ask {@link #clockOr(Clock)} act at the replayed time, and their notices
 * ask {@link #replaying()} to tell nobody of acts that are history.
 */
public final class Replay {

    private static final ThreadLocal<Clock> AT = new ThreadLocal<>();

    private Replay() {
    }

    /** The replayed clock while a replay runs on this thread, else the live one. */
    public static Clock clockOr(Clock live) {
        Clock replayed = AT.get();
        return replayed != null ? replayed : live;
    }

    /** Whether past acts are being recorded on this thread. */
    public static boolean replaying() {
        return AT.get() != null;
    }

    /** Runs the acts at the given clock, then goes back to the clock before. */
    public static <T> T at(Clock at, Supplier<T> acts) {
        Clock before = AT.get();
        AT.set(at);
        try {
            return acts.get();
        } finally {
            if (before == null) {
                AT.remove();
            } else {
                AT.set(before);
            }
        }
    }
}

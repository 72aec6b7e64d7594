package fr.passerelle.trades.release;

import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A release as the administration page shows it.
 *
 * @param interrupted it was being imported, and its node has not touched it for {@link ReleaseImports#STALE}
 */
public record ReleaseView(UUID id, int version, String title, LocalDate publishedOn, String source, String status, boolean current,
                          boolean interrupted, String step, int rowsDone, int rowsTotal, int problemCount, Map<String, Integer> counts,
                          List<ReleaseProblem> problems, String error, Instant startedAt, Instant finishedAt) {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The import is running on a live node: the page polls its progress. */
    public boolean running() {
        return status.equals("IMPORTING") && !interrupted;
    }

    public boolean imported() {
        return status.equals("IMPORTED");
    }

    /** It can be deleted: not current, not running. */
    public boolean deletable() {
        return !current && !running();
    }

    public String statusLabel() {
        if (interrupted) {
            return "Interrompue";
        }
        return switch (status) {
            case "IMPORTING" -> "En cours d’import";
            case "IMPORTED" -> "Importée";
            default -> "En échec";
        };
    }

    /** The DSFR badge of the status. */
    public String statusBadge() {
        if (interrupted) {
            return "fr-badge--warning";
        }
        return switch (status) {
            case "IMPORTING" -> "fr-badge--info";
            case "IMPORTED" -> "fr-badge--success";
            default -> "fr-badge--error";
        };
    }

    public int percent() {
        if (imported()) {
            return 100;
        }
        return rowsTotal <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * rowsDone / rowsTotal));
    }

    public String published() {
        return publishedOn == null ? "—" : publishedOn.format(FRENCH_DATE);
    }

    public String started() {
        return Times.current().stamp(startedAt);
    }

    public String finished() {
        return finishedAt == null ? "—" : Times.current().stamp(finishedAt);
    }

    public int count(String table) {
        return counts.getOrDefault(table, 0);
    }

    /** Rejected rows beyond those kept on the release. */
    public int problemsNotShown() {
        return problemCount - problems.size();
    }
}

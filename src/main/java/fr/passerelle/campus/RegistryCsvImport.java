package fr.passerelle.campus;

import fr.passerelle.identity.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Imports a registry CSV in one go, for other modules (demo data, scripts); the back office uses the preview. */
@org.springframework.stereotype.Service
public class RegistryCsvImport {

    private final CampusImport campusImport;
    private final ImportJobs jobs;

    RegistryCsvImport(CampusImport campusImport, ImportJobs jobs) {
        this.campusImport = campusImport;
        this.jobs = jobs;
    }

    /** What an import did: campuses created and updated, and each rejected row as "line N, column: reason". */
    public record Summary(int created, int updated, List<String> rejected) {
    }

    public Summary importCsv(Actor actor, String fileName, InputStream in) throws IOException {
        var preview = campusImport.preview(in);
        var job = jobs.runNow(actor, fileName, preview);
        return new Summary(job.getCreated(), job.getUpdated(), preview.problems().stream()
                .map(p -> "ligne " + p.line() + (p.column() == null ? "" : ", colonne " + p.column()) + " : " + p.message())
                .toList());
    }
}

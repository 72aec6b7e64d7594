package fr.passerelle.labelling;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Dossiers for tests outside the labelling package (browser tests), made through the services. */
public final class LabellingFixtures {

    private LabellingFixtures() {
    }

    /** A published call open today, and one dossier of the academic referent of Lille submitted to it; returns the dossier. */
    public static UUID submittedDossier(ApplicationContext context, String callTitle, String projectName) {
        Calls calls = context.getBean(Calls.class);
        Applications applications = context.getBean(Applications.class);
        Actor referent = context.getBean(Accounts.class).byUsername("referent").orElseThrow();
        LocalDate today = calls.today();
        UUID call = calls.create(new Calls.CallDetails(today.getYear(), callTitle, today.minusDays(10), today.plusDays(30), null, true, true)).id();
        calls.publish(call);
        UUID id = applications.create(referent, new Applications.NewApplication(call, null, projectName, Sector.FOOD, "09", LabelCategory.STANDARD)).id();
        for (Criterion criterion : applications.byId(id).orElseThrow().criteria()) {
            applications.saveSection(referent, id, criterion, 0, "Texte du critère " + criterion.number() + ". "
                    + "Le campus réunit lycées, CFA, université et entreprises. ".repeat(5));
        }
        applications.submit(referent, id, applications.byId(id).orElseThrow().version(), null);
        return id;
    }
}

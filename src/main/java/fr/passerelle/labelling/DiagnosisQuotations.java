package fr.passerelle.labelling;

import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.SurveyResults;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clusters' survey results a dossier may quote in its shared diagnosis (criterion 1): those {@link SurveyResults}
 * offers for the dossier's région and sectors (campaigns their cluster marked citable, closed, unmasked figures only).
 * Inserting one appends it to what the promoter typed and saves the criterion, audited.
 */
@Service
class DiagnosisQuotations {

    static final Criterion CRITERION = Criterion.DIAGNOSIS;

    private final SurveyResults results;
    private final ApplicationDrafts drafts;
    private final AuditTrail audit;

    DiagnosisQuotations(SurveyResults results, ApplicationDrafts drafts, AuditTrail audit) {
        this.results = results;
        this.drafts = drafts;
        this.audit = audit;
    }

    List<SurveyResults.Quotation> of(ApplicationView dossier) {
        return results.quotableResults(dossier.regionCode(), sectors(dossier));
    }

    private static Set<Sector> sectors(ApplicationView dossier) {
        Set<Sector> sectors = new LinkedHashSet<>();
        if (dossier.sector() != null) {
            sectors.add(dossier.sector());
        }
        sectors.addAll(dossier.otherSectors());
        return sectors;
    }

    /** Appends the quotation to {@code typed} (what the promoter's form holds) and saves criterion 1; its new revision. */
    @Transactional
    int insert(Actor actor, ApplicationView dossier, int expectedRevision, String typed, String key) {
        SurveyResults.Quotation quotation = results.quotation(dossier.regionCode(), sectors(dossier), key)
                .orElseThrow(() -> new BusinessRuleException("Ce résultat d’enquête n’est pas (ou plus) citable : rechargez la page."));
        String before = typed == null ? "" : typed.strip();
        String text = before.isEmpty() ? quotation.text() : before + "\n\n" + quotation.text();
        int revision = drafts.saveSection(actor, dossier.id(), CRITERION, expectedRevision, text);
        audit.record(Applications.AUDITED, dossier.id(), "CITATION_ENQUETE_CLUSTER",
                CRITERION.number() + " : résultats d’enquête cités (" + quotation.clusterName() + ", " + quotation.period() + ")",
                new ArrayList<>(List.of(new AuditTrail.Change("Citation", null, quotation.campaignTitle() + " — " + quotation.clusterName()))));
        return revision;
    }

    static boolean offered(Criterion criterion) {
        return criterion == CRITERION;
    }
}

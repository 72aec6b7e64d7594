package fr.passerelle.jobs.candidates;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Times;
import fr.passerelle.platform.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * Everything Passerelle holds on a candidate, for the candidate alone (right of access and portability): the account,
 * the profile with its codes and their wordings, the experiences, the CV file, the consents with their history and the
 * journal of changes, as JSON (the CV inside, in Base64) and as PDF (the CV named, downloadable apart).
 */
@Service
class CandidateExport {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private final CandidateSpace space;
    private final CandidateProfiles profiles;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    CandidateExport(CandidateSpace space, CandidateProfiles profiles, AuditTrail audit, ObjectMapper json,
                    org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.space = space;
        this.profiles = profiles;
        this.audit = audit;
        this.json = json;
    }

    /** The data as an ordered tree of maps and lists, the same for both formats. */
    @Transactional
    Map<String, Object> data(Actor actor) {
        Candidate candidate = space.profile(actor);
        CandidateProfiles.View view = profiles.view(candidate);
        Times times = Times.current();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("compte", map("identifiant", actor.username(), "nom", actor.displayName(), "email", actor.email()));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("metiersRecherches", view.jobTitles().stream().map(j -> map("ogr", j.ogr(), "appellation", j.label(),
                "fiche", j.tradeCode() + " — " + j.tradeLabel())).toList());
        profile.put("competences", view.skills().stream().map(s -> map("ogr", s.ogr(), "libelle", s.label())).toList());
        profile.put("savoirs", view.knowledge().stream().map(k -> map("ogr", k.ogr(), "libelle", k.label(),
                "certificationOuHabilitation", k.certification())).toList());
        profile.put("diplomes", view.diplomas().stream().map(d -> map("code", d.code(), "intitule", d.label())).toList());
        profile.put("experiences", view.experiences().stream().map(e -> map("employeur", e.employer(), "emploi", e.job(),
                "debut", String.valueOf(e.startedOn()), "fin", e.endedOn() == null ? null : e.endedOn().toString())).toList());
        profile.put("mobilite", view.mobility() == null ? null : map("commune", view.mobilityText(), "codeInsee", view.mobility().code(),
                "rayonKm", view.radiusKm()));
        profile.put("disponibleLe", view.availableFrom() == null ? null : view.availableFrom().toString());
        profile.put("creeLe", times.stamp(candidate.createdAt()));
        profile.put("misAJourLe", times.stamp(candidate.updatedAt()));
        profile.put("actif", view.active());
        profile.put("actifJusquAu", view.lapsesOn().toString());
        profile.put("derniereActivite", times.stamp(candidate.lastActivityAt()));
        data.put("profil", profile);
        data.put("cv", space.cv(actor).map(cv -> map("fichier", cv.fileName(), "taille", UploadedFile.displaySize(cv.size()),
                "deposeLe", times.stamp(cv.uploadedAt()), "contenuBase64", Base64.getEncoder().encodeToString(cv.content()))).orElse(null));
        data.put("consentements", space.consents(actor).stream().map(c -> map("finalite", c.purpose().label(), "donne", c.given(),
                "versionDuTexte", c.wordingVersion(), "texte", c.purpose().wording(),
                "depuis", c.since() == null ? null : times.stamp(c.since()))).toList());
        data.put("historiqueDesConsentements", space.consentHistory(actor).stream().map(e -> map("finalite", e.purpose().label(),
                "donne", e.given(), "versionDuTexte", e.wordingVersion(), "le", times.stamp(e.at()))).toList());
        // The alerts (jobs.alerts) are the candidate's too: their names and searches are exported with the rest.
        data.put("alertes", jdbc.sql("select name, search, active, created_at, last_sent_at from candidate_alert where candidate_id = ? order by created_at")
                .param(candidate.id()).query((rs, n) -> map("nom", rs.getString(1), "recherche", "/offres" + (rs.getString(2).isEmpty() ? "" : "?" + rs.getString(2)),
                        "active", rs.getBoolean(3), "creeeLe", times.stamp(rs.getTimestamp(4).toInstant()),
                        "dernierEnvoi", rs.getTimestamp(5) == null ? null : times.stamp(rs.getTimestamp(5).toInstant()))).list());
        data.put("journal", audit.history(CandidateSpace.AUDITED, candidate.id()).stream().map(e -> map("le", e.when(),
                "action", e.summary(), "champs", e.changes().stream().map(AuditTrail.Change::field).toList())).toList());
        return data;
    }

    byte[] json(Actor actor) {
        return json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(data(actor));
    }

    byte[] pdf(Actor actor) {
        Map<String, Object> data = data(actor);
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Mes données sur Passerelle");
        document.open();
        document.add(new Paragraph("Mes données sur Passerelle", TITLE));
        document.add(new Paragraph("Tout ce que Passerelle conserve sur vous, à la date de l'export. Votre CV se télécharge "
                + "à part depuis votre espace ; l'export JSON le contient.", TEXT));
        for (Map.Entry<String, Object> section : data.entrySet()) {
            document.add(new Paragraph(" ", TEXT));
            document.add(new Paragraph(heading(section.getKey()), HEADING));
            write(document, section.getValue(), "");
        }
        document.close();
        return out.toByteArray();
    }

    private static String heading(String key) {
        return switch (key) {
            case "compte" -> "Compte";
            case "profil" -> "Profil";
            case "cv" -> "CV";
            case "consentements" -> "Consentements";
            case "historiqueDesConsentements" -> "Historique des consentements";
            case "alertes" -> "Alertes";
            case "journal" -> "Journal des modifications";
            default -> key;
        };
    }

    @SuppressWarnings("unchecked")
    private static void write(Document document, Object value, String indent) {
        if (value == null) {
            document.add(new Paragraph(indent + "—", TEXT));
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                if ("contenuBase64".equals(entry.getKey())) {
                    continue;
                }
                if (entry.getValue() instanceof Map<?, ?> || entry.getValue() instanceof List<?>) {
                    document.add(new Paragraph(indent + entry.getKey() + " :", TEXT));
                    write(document, entry.getValue(), indent + "    ");
                } else {
                    document.add(new Paragraph(indent + entry.getKey() + " : " + (entry.getValue() == null ? "—" : entry.getValue()), TEXT));
                }
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                document.add(new Paragraph(indent + "(aucun)", TEXT));
            }
            for (Object item : list) {
                write(document, item, indent + "• ");
            }
        } else {
            document.add(new Paragraph(indent + value, TEXT));
        }
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

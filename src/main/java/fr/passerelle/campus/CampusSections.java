package fr.passerelle.campus;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a campus's back office, as its side menu and the landing page list them: only those the reader may
 * open. Identity and partners open to those who edit the campus; its indicators, self-evaluations, annual reviews and history to those
 * who read everything of it ({@link CampusPermissions}); the other sections (the framework agreement and carrying
 * structure among them) to every reader of its back office.
 */
public record CampusSections(CampusCard campus, List<Section> sections) {

    /** @param key the name a page gives its own section, to mark it current */
    public record Section(String key, String label, String path) {
    }

    static CampusSections of(CampusCard campus, boolean editable, boolean historyReadable) {
        String base = "/gestion/campus/" + campus.id();
        List<Section> sections = new ArrayList<>();
        if (editable) {
            sections.add(new Section("identity", "Identité", base + "/modifier"));
            sections.add(new Section("partners", "Partenaires", base + "/partenaires"));
        }
        sections.add(new Section("foundations", "Convention cadre et structure porteuse", base + "/convention-cadre"));
        sections.add(new Section("trainings", "Formations", base + "/formations"));
        sections.add(new Section("trades", "Fiches métiers", base + "/metiers"));
        sections.add(new Section("bodies", "Instances et réunions", base + "/instances"));
        sections.add(new Section("budget", "Budget", base + "/budget"));
        sections.add(new Section("actions", "Plan d’actions", base + "/actions"));
        sections.add(new Section("calendar", "Calendrier", base + "/calendrier"));
        sections.add(new Section("documents", "Documents", base + "/documents"));
        if (historyReadable) {
            sections.add(new Section("indicators", "Indicateurs", base + "/indicateurs"));
            // The yearly self-evaluation (indicators module) is read by those who read everything of the campus.
            sections.add(new Section("self-evaluation", "Auto-évaluation", base + "/auto-evaluation"));
            // The annual review of the campus's actions (indicators module), read likewise.
            sections.add(new Section("annual-review", "Bilans annuels", base + "/bilans"));
            sections.add(new Section("history", "Historique", base + "/historique"));
        }
        return new CampusSections(campus, List.copyOf(sections));
    }

    /** The label of the section named {@code key}, for the breadcrumb; null when it is not one of them. */
    public String labelOf(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).map(Section::label).findFirst().orElse(null);
    }

    /** The address of the section named {@code key}, for the breadcrumb; null when it is not one the reader opens. */
    public String pathOf(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).map(Section::path).findFirst().orElse(null);
    }
}

package fr.passerelle.trades.curation;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Times;
import fr.passerelle.trades.RomeItemKind;
import fr.passerelle.trades.RomeReferences;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The trade sheets a campus or a cluster curates: its selection of ROME fiches, what it writes of each in French and
 * in English, their yearly review, and the booklet that prints them. Those who curate ({@link CurationPermissions})
 * change them; every change is audited on the owner — the campus's history, or the organisation's. Only trades of the
 * current ROME release are added; a sheet whose trade left it stays, flagged.
 */
@Service
public class TradeCuration {

    static final String AUDITED_CAMPUS = "campus";
    static final String AUDITED_ORGANISATION = "organisation";
    static final String CONFLICT = "Quelqu’un d’autre a enregistré cette fiche pendant votre saisie : vos modifications n’ont pas été "
            + "enregistrées. Elles sont conservées ci-dessous ; vérifiez la version actuelle avant d’enregistrer à nouveau.";

    private final CuratedSheetRepository sheets;
    private final CurrentRome rome;
    private final CampusRegistry registry;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    TradeCuration(CuratedSheetRepository sheets, CurrentRome rome, CampusRegistry registry, Directory directory, AuditTrail audit, Clock clock) {
        this.sheets = sheets;
        this.rome = rome;
        this.registry = registry;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The owner of a selection as pages name and link it. */
    public record OwnerCard(Owner owner, String name, String publicPath, String backOfficePath) {

        public boolean campus() {
            return owner.kind() == Owner.Kind.CAMPUS;
        }

        /** The owner's own public page: the campus page, or the partner page of the cluster. */
        public String pagePath() {
            return publicPath.substring(0, publicPath.length() - "/metiers".length());
        }
    }

    /** One sheet of a selection, for the lists. {@code label} is null when the trade left the current release. */
    public record Entry(UUID id, String code, String label, int position, boolean gone, boolean overdue, LocalDate reviewedOn,
                        String reviewedBy, boolean translated, long version) {

        public String displayLabel() {
            return label == null ? "Métier " + code : label;
        }
    }

    /** A highlighted ROME skill; {@code label} null when the current release no longer has it. */
    public record HighlightedSkill(int ogr, String label, boolean softSkill) {
    }

    /** A whole sheet, for its pages, its form and the booklet. */
    public record SheetView(UUID id, OwnerCard owner, String code, String label, boolean gone, SheetContent content,
                            List<HighlightedSkill> skills, LocalDate reviewedOn, String reviewedBy, LocalDate dueOn, boolean overdue,
                            long version, Instant updatedAt) {

        public String displayLabel() {
            return label == null ? "Métier " + code : label;
        }

        /** The text to show in a language: English when translated, French otherwise (the page says so). */
        public SheetText text(Language language) {
            return language == Language.EN && content.translated() ? content.english() : content.french();
        }

        /** Whether a page in {@code language} shows the French text because the English one is missing. */
        public boolean fallsBack(Language language) {
            return language == Language.EN && !content.translated();
        }
    }

    // --- owners and rights -------------------------------------------------------------------------------------------

    /** The owner, or 404: an unknown campus, an unknown organisation or one that is not a cluster. */
    @Transactional(readOnly = true)
    public OwnerCard owner(Owner owner) {
        return switch (owner.kind()) {
            case CAMPUS -> registry.byId(owner.id()).map(this::card).orElseThrow(TradeCuration::notFound);
            case CLUSTER -> directory.organisation(owner.id()).filter(o -> o.kind() == OrganisationKind.CLUSTER).map(this::card)
                    .orElseThrow(TradeCuration::notFound);
        };
    }

    /** The campus card, for the campus's back-office navigation. */
    @Transactional(readOnly = true)
    public CampusCard campusCard(UUID campusId) {
        return registry.byId(campusId).orElseThrow(TradeCuration::notFound);
    }

    @Transactional(readOnly = true)
    public Optional<OwnerCard> campusBySlug(String slug) {
        return registry.bySlug(slug).map(this::card);
    }

    public boolean canCurate(Actor actor, Owner owner) {
        return CurationPermissions.canCurate(actor, owner, owner.kind() == Owner.Kind.CAMPUS && registry.canManage(actor, owner.id()));
    }

    /** Refuses unless the actor curates the owner's sheets. */
    @Transactional(readOnly = true)
    public OwnerCard requireCurator(Actor actor, Owner owner) {
        OwnerCard card = owner(owner);
        if (owner.kind() == Owner.Kind.CAMPUS) {
            registry.requireManageable(actor, owner.id());
        } else if (!CurationPermissions.canCurateCluster(actor, owner.id())) {
            throw new AccessDeniedException("Les fiches métiers de ce cluster sont tenues par ses membres et l’administration nationale.");
        }
        return card;
    }

    /**
     * Refuses unless the actor may open the owner's back-office list: for a campus, every reader of its back office
     * (those who oversee it read the selection without changing it); for a cluster, those who curate it.
     */
    @Transactional(readOnly = true)
    public OwnerCard requireReader(Actor actor, Owner owner) {
        OwnerCard card = owner(owner);
        if (owner.kind() == Owner.Kind.CAMPUS) {
            registry.requireReadable(actor, owner.id());
        } else if (!CurationPermissions.canCurateCluster(actor, owner.id())) {
            throw new AccessDeniedException("Les fiches métiers de ce cluster sont tenues par ses membres et l’administration nationale.");
        }
        return card;
    }

    // --- reading -----------------------------------------------------------------------------------------------------

    /** The owner's selection, in its order. */
    @Transactional(readOnly = true)
    public List<Entry> selection(Owner owner) {
        List<CuratedSheet> list = sheets.findByOwnerKindAndOwnerIdOrderByPosition(owner.kind(), owner.id());
        Map<String, String> labels = rome.labels(list.stream().map(CuratedSheet::tradeCode).toList());
        LocalDate today = today();
        return list.stream().map(s -> new Entry(s.id(), s.tradeCode(), labels.get(s.tradeCode()), s.position(),
                        !labels.containsKey(s.tradeCode()), s.isOverdue(today, zone()), s.reviewedOn(), s.reviewedBy(),
                        s.content().translated(), s.version()))
                .toList();
    }

    /** The sheet of a trade in the owner's selection. */
    @Transactional(readOnly = true)
    public Optional<SheetView> sheet(Owner owner, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return sheets.findByOwnerKindAndOwnerIdAndTradeCode(owner.kind(), owner.id(), code.strip().toUpperCase(Locale.ROOT))
                .map(s -> view(owner(owner), s));
    }

    @Transactional(readOnly = true)
    public SheetView sheet(Owner owner, UUID sheetId) {
        return view(owner(owner), find(owner, sheetId));
    }

    /** What ROME says of a trade, in the current release, for the sheet's pages and the booklet. */
    @Transactional(readOnly = true)
    public Optional<CurrentRome.Essentials> essentials(String code) {
        return rome.essentials(code);
    }

    /** A campus or cluster presenting a trade, with the address of its enriched sheet. */
    public record Presenter(String name, String path, boolean campus) {
    }

    /** Those who present a trade in their selection, by name. */
    @Transactional(readOnly = true)
    public List<Presenter> presenters(String code) {
        return sheets.findByTradeCodeIn(List.of(code)).stream()
                .map(s -> ownerIfPresent(s.owner()))
                .filter(java.util.Objects::nonNull)
                .map(card -> new Presenter(card.name(), card.publicPath() + "/" + code, card.campus()))
                .sorted(java.util.Comparator.comparing(Presenter::name))
                .toList();
    }

    /** The ROME skills a sheet may highlight: those of its fiche in the current release. */
    @Transactional(readOnly = true)
    public List<CurrentRome.Skill> skillChoices(String code) {
        return rome.skills(code);
    }

    /** The fiches of the current release matching what is typed (code, label or job title), for the picker. */
    @Transactional(readOnly = true)
    public List<CurrentRome.TradeChoice> searchTrades(String text, int limit) {
        return rome.search(text, limit);
    }

    /**
     * The curated sheets that point at one of these ROME codes, for the comparison of two releases: sheets of a removed
     * trade, and sheets that highlight a removed skill (by OGR code). Other kinds of item are not stored here.
     */
    @Transactional(readOnly = true)
    public List<RomeReferences.Reference> referencesTo(RomeItemKind kind, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return switch (kind) {
            case TRADE -> sheets.findByTradeCodeIn(codes).stream()
                    .map(s -> reference(kind, s.tradeCode(), s, "Fiche enrichie"))
                    .sorted(java.util.Comparator.comparing(RomeReferences.Reference::code).thenComparing(RomeReferences.Reference::description))
                    .toList();
            case SKILL -> {
                Set<Integer> ogrs = codes.stream().filter(c -> c.matches("\\d{1,9}")).map(Integer::valueOf).collect(Collectors.toSet());
                yield sheets.findHighlighting(ogrs).stream()
                        .flatMap(s -> s.content().skills().stream().filter(ogrs::contains)
                                .map(ogr -> reference(kind, String.valueOf(ogr), s, "Compétence mise en avant sur la fiche enrichie")))
                        .sorted(java.util.Comparator.comparing(RomeReferences.Reference::code).thenComparing(RomeReferences.Reference::description))
                        .toList();
            }
            default -> List.of();
        };
    }

    private RomeReferences.Reference reference(RomeItemKind kind, String code, CuratedSheet sheet, String what) {
        OwnerCard card = ownerIfPresent(sheet.owner());
        String owner = card == null ? "d’un propriétaire supprimé" : (card.campus() ? "du campus " : "du cluster ") + card.name();
        return new RomeReferences.Reference(kind, code, what + " « " + sheet.tradeCode() + " » " + owner,
                card == null ? null : card.backOfficePath() + "/" + sheet.id());
    }

    // --- changing ----------------------------------------------------------------------------------------------------

    /** Adds a trade of the current ROME release at the end of the owner's selection. */
    @Transactional
    public Entry add(Actor actor, Owner owner, String code) {
        OwnerCard card = requireCurator(actor, owner);
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String label = rome.label(normalized).orElseThrow(() -> new BusinessRuleException("tradeCode",
                "Choisissez un métier de la version en vigueur du ROME."));
        if (sheets.findByOwnerKindAndOwnerIdAndTradeCode(owner.kind(), owner.id(), normalized).isPresent()) {
            throw new BusinessRuleException("tradeCode", "Le métier « " + label + " » est déjà dans la sélection.");
        }
        int position = sheets.findByOwnerKindAndOwnerIdOrderByPosition(owner.kind(), owner.id()).size();
        CuratedSheet sheet = sheets.save(CuratedSheet.add(owner, normalized, position, Instant.now(clock)));
        record(card, "FICHE_METIER_AJOUTEE", "Fiches métiers : « " + label + " » (" + normalized + ") ajoutée à la sélection",
                new AuditTrail.Diff().field("Fiches métiers", null, label + " (" + normalized + ")"));
        return new Entry(sheet.id(), normalized, label, position, false, false, null, null, false, sheet.version());
    }

    /** Removes a sheet from the selection; the following ones move up. */
    @Transactional
    public void remove(Actor actor, Owner owner, UUID sheetId) {
        OwnerCard card = requireCurator(actor, owner);
        CuratedSheet sheet = find(owner, sheetId);
        String name = describe(sheet);
        sheets.delete(sheet);
        sheets.flush();
        List<CuratedSheet> rest = sheets.findByOwnerKindAndOwnerIdOrderByPosition(owner.kind(), owner.id());
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i);
        }
        record(card, "FICHE_METIER_RETIREE", "Fiches métiers : " + name + " retirée de la sélection",
                new AuditTrail.Diff().field("Fiches métiers", name, null));
    }

    /** Moves a sheet one place up ({@code -1}) or down ({@code +1}) in the selection. */
    @Transactional
    public void move(Actor actor, Owner owner, UUID sheetId, int offset) {
        OwnerCard card = requireCurator(actor, owner);
        List<CuratedSheet> list = new ArrayList<>(sheets.findByOwnerKindAndOwnerIdOrderByPosition(owner.kind(), owner.id()));
        int index = indexOf(list, sheetId);
        int target = index + Integer.signum(offset);
        if (target < 0 || target >= list.size()) {
            throw new BusinessRuleException(offset < 0 ? "Cette fiche est déjà la première de la sélection." : "Cette fiche est déjà la dernière de la sélection.");
        }
        String before = order(list);
        CuratedSheet moved = list.remove(index);
        list.add(target, moved);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i);
        }
        record(card, "FICHE_METIER_DEPLACEE", "Fiches métiers : " + describe(moved) + " déplacée dans la sélection",
                new AuditTrail.Diff().field("Ordre des fiches métiers", before, order(list)));
    }

    /**
     * Replaces what the owner writes of a trade, under optimistic locking: {@code expectedVersion} is the version the
     * form was opened on; when someone saved the sheet since, nothing is written. The highlighted skills must be skills
     * of the fiche in the current release.
     */
    @Transactional
    public SheetView enrich(Actor actor, Owner owner, UUID sheetId, long expectedVersion, SheetContent content) {
        OwnerCard card = requireCurator(actor, owner);
        CuratedSheet sheet = find(owner, sheetId);
        if (sheet.version() != expectedVersion) {
            throw new ConcurrentEditException(CONFLICT);
        }
        content.check();
        var allowed = rome.skills(sheet.tradeCode()).stream().map(CurrentRome.Skill::ogr).collect(Collectors.toSet());
        if (!allowed.containsAll(content.skills())) {
            throw new BusinessRuleException("skills", "Choisissez les compétences mises en avant parmi celles de la fiche ROME.");
        }
        SheetContent before = sheet.content();
        if (sheet.enrich(content, Instant.now(clock))) {
            record(card, "FICHE_METIER_MODIFIEE", "Fiches métiers : " + describe(sheet) + " modifiée", diff(before, sheet.content()));
        }
        flush();
        return view(card, sheet);
    }

    /** Records the yearly review of a sheet, by the actor, on the platform's day. */
    @Transactional
    public SheetView markReviewed(Actor actor, Owner owner, UUID sheetId, long expectedVersion) {
        OwnerCard card = requireCurator(actor, owner);
        CuratedSheet sheet = find(owner, sheetId);
        if (sheet.version() != expectedVersion) {
            throw new ConcurrentEditException(CONFLICT);
        }
        LocalDate before = sheet.reviewedOn();
        sheet.review(actor.displayName(), today(), Instant.now(clock));
        record(card, "FICHE_METIER_REVUE", "Fiches métiers : revue annuelle de " + describe(sheet),
                new AuditTrail.Diff().field("Dernière revue annuelle", before == null ? null : Times.current().date(before),
                        Times.current().date(sheet.reviewedOn())).field("Revue par", null, sheet.reviewedBy()));
        flush();
        return view(card, sheet);
    }

    /** Backdates the last review of a sheet: the demo data's overdue example, never a page. */
    @Transactional
    public void backdateReview(Owner owner, String code, LocalDate on, String by) {
        sheets.findByOwnerKindAndOwnerIdAndTradeCode(owner.kind(), owner.id(), code).orElseThrow().reviewedEarlier(on, by);
    }

    // --- the booklet -------------------------------------------------------------------------------------------------

    /** The owner's selection printed as a booklet in the language, with what ROME says of each trade. */
    @Transactional(readOnly = true)
    public byte[] booklet(Owner owner, Language language) {
        OwnerCard card = owner(owner);
        List<BookletPdf.Page> pages = sheets.findByOwnerKindAndOwnerIdOrderByPosition(owner.kind(), owner.id()).stream()
                .map(s -> new BookletPdf.Page(view(card, s), rome.essentials(s.tradeCode()).orElse(null)))
                .toList();
        return BookletPdf.render(card.name(), today(), language, pages);
    }

    // --- plumbing ----------------------------------------------------------------------------------------------------

    private SheetView view(OwnerCard card, CuratedSheet sheet) {
        SheetContent content = sheet.content();
        Optional<String> label = rome.label(sheet.tradeCode());
        Map<Integer, String> skillLabels = rome.skillLabels(content.skills());
        var soft = rome.skills(sheet.tradeCode()).stream().filter(CurrentRome.Skill::softSkill).map(CurrentRome.Skill::ogr)
                .collect(Collectors.toSet());
        List<HighlightedSkill> skills = content.skills().stream()
                .map(ogr -> new HighlightedSkill(ogr, skillLabels.get(ogr), soft.contains(ogr))).toList();
        LocalDate added = sheet.addedOn(zone());
        return new SheetView(sheet.id(), card, sheet.tradeCode(), label.orElse(null), label.isEmpty(), content, skills,
                sheet.reviewedOn(), sheet.reviewedBy(), ReviewSchedule.dueOn(sheet.reviewedOn(), added), sheet.isOverdue(today(), zone()),
                sheet.version(), sheet.updatedAt());
    }

    private CuratedSheet find(Owner owner, UUID sheetId) {
        return sheets.findById(sheetId).filter(s -> s.owner().equals(owner)).orElseThrow(TradeCuration::notFound);
    }

    private static int indexOf(List<CuratedSheet> list, UUID sheetId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(sheetId)) {
                return i;
            }
        }
        throw notFound();
    }

    private String describe(CuratedSheet sheet) {
        return "« " + rome.label(sheet.tradeCode()).orElse("Métier " + sheet.tradeCode()) + " » (" + sheet.tradeCode() + ")";
    }

    private static String order(List<CuratedSheet> list) {
        return list.stream().map(CuratedSheet::tradeCode).collect(Collectors.joining(", "));
    }

    private static AuditTrail.Diff diff(SheetContent before, SheetContent after) {
        var diff = new AuditTrail.Diff();
        texts(diff, before.french(), after.french(), "");
        texts(diff, before.english(), after.english(), " (anglais)");
        return diff
                .field("Salaire débutant (brut mensuel)", before.pay().beginner(false), after.pay().beginner(false))
                .field("Salaire confirmé (brut mensuel)", before.pay().experienced(false), after.pay().experienced(false))
                .field("Niveau requis", level(before.requiredLevel()), level(after.requiredLevel()))
                .field("Compétences ROME mises en avant (codes OGR)", ogrs(before.skills()), ogrs(after.skills()));
    }

    private static void texts(AuditTrail.Diff diff, SheetText before, SheetText after, String suffix) {
        var b = before.parts();
        after.parts().forEach((label, value) -> diff.field(label + suffix, b.get(label), value));
    }

    private static String level(Integer level) {
        return level == null ? null : "niveau " + level;
    }

    private static String ogrs(List<Integer> skills) {
        return skills.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void record(OwnerCard card, String action, String summary, AuditTrail.Diff diff) {
        audit.record(card.campus() ? AUDITED_CAMPUS : AUDITED_ORGANISATION, card.owner().id(), action, summary, diff.changes());
    }

    private void flush() {
        try {
            sheets.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(CONFLICT);
        }
    }

    private OwnerCard card(CampusCard campus) {
        return new OwnerCard(Owner.campus(campus.id()), campus.name(), "/campus/" + campus.slug() + "/metiers",
                "/gestion/campus/" + campus.id() + "/metiers");
    }

    private OwnerCard card(OrganisationSummary organisation) {
        return new OwnerCard(Owner.cluster(organisation.id()), organisation.displayName(), "/partenaires/" + organisation.id() + "/metiers",
                "/gestion/organisations/" + organisation.id() + "/metiers");
    }

    private OwnerCard ownerIfPresent(Owner owner) {
        try {
            return owner(owner);
        } catch (ResponseStatusException e) {
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private static java.time.ZoneId zone() {
        return Times.current().zone();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

package fr.passerelle.jobs.candidates;

import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A candidate's structured profile, one per candidate's account: the trades sought (ROME job titles), skills, savoirs
 * and diplomas held, experiences, mobility area and availability. The profile is <em>active</em> for
 * {@link #ACTIVE_MONTHS} months after its last update, as the cluster's job boards count « CV actifs et actualisés ».
 */
@Entity
@Table(name = "candidate")
class Candidate {

    static final int ACTIVE_MONTHS = 6;
    static final int MAX_JOB_TITLES = 10;
    static final int MAX_SKILLS = 40;
    static final int MAX_KNOWLEDGE = 40;
    static final int MAX_DIPLOMAS = 10;
    static final int MAX_EXPERIENCES = 20;

    /** The profile's contents as the candidate typed them, checked by the form and the aggregate. */
    record Details(List<Integer> jobTitles, List<Integer> skills, List<Integer> knowledge, List<String> diplomas,
                   String mobilityMunicipality, Integer mobilityRadiusKm, LocalDate availableFrom) {

        Details {
            jobTitles = distinct(jobTitles);
            skills = distinct(skills);
            knowledge = distinct(knowledge);
            diplomas = distinct(diplomas);
        }

        static Details empty() {
            return new Details(List.of(), List.of(), List.of(), List.of(), null, null, null);
        }

        private static <T> List<T> distinct(List<T> values) {
            return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()));
        }
    }

    /** A job held: employer, job, from and (unless it goes on) to. */
    @Embeddable
    record Experience(@Column(name = "employer") String employer, @Column(name = "job") String job,
                      @Column(name = "started_on") LocalDate startedOn, @Column(name = "ended_on") LocalDate endedOn) {
    }

    @Id
    private UUID id;
    private UUID accountId;
    @Column(columnDefinition = "integer[]")
    private Integer[] jobTitles = new Integer[0];
    @Column(columnDefinition = "integer[]")
    private Integer[] skills = new Integer[0];
    @Column(columnDefinition = "integer[]")
    private Integer[] knowledge = new Integer[0];
    @Column(columnDefinition = "varchar(8)[]")
    private String[] diplomas = new String[0];
    private String mobilityMunicipality;
    private Integer mobilityRadiusKm;
    private LocalDate availableFrom;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "candidate_experience", joinColumns = @JoinColumn(name = "candidate_id"))
    @OrderColumn(name = "position")
    private List<Experience> experiences = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    private Instant lastActivityAt;
    private Instant lapseRemindedFor;
    private Instant inactivityWarnedAt;
    @Version
    private long version;

    protected Candidate() {
    }

    /** The empty profile of a candidate who just registered; it counts as updated now. */
    static Candidate open(UUID accountId, Instant now) {
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.accountId = accountId;
        candidate.createdAt = now;
        candidate.updatedAt = now;
        candidate.lastActivityAt = now;
        return candidate;
    }

    /** The candidate updates their profile: it is active again for six months; returns the fields that changed. */
    List<String> update(Details details, Instant now) {
        if (details.jobTitles().size() > MAX_JOB_TITLES) {
            throw new BusinessRuleException("addJobTitle", "Choisissez au plus " + MAX_JOB_TITLES + " métiers recherchés.");
        }
        if (details.skills().size() > MAX_SKILLS) {
            throw new BusinessRuleException("addSkill", "Choisissez au plus " + MAX_SKILLS + " compétences.");
        }
        if (details.knowledge().size() > MAX_KNOWLEDGE) {
            throw new BusinessRuleException("knowledge", "Choisissez au plus " + MAX_KNOWLEDGE + " savoirs.");
        }
        if (details.diplomas().size() > MAX_DIPLOMAS) {
            throw new BusinessRuleException("addDiploma", "Indiquez au plus " + MAX_DIPLOMAS + " diplômes.");
        }
        if ((details.mobilityMunicipality() == null) != (details.mobilityRadiusKm() == null)) {
            throw new BusinessRuleException(details.mobilityMunicipality() == null ? "commune" : "radiusKm",
                    "Indiquez la commune et la distance de votre zone de mobilité, ou ni l'une ni l'autre.");
        }
        List<String> changed = new ArrayList<>();
        if (!details.jobTitles().equals(jobTitles())) changed.add("Métiers recherchés");
        if (!details.skills().equals(skills())) changed.add("Compétences");
        if (!details.knowledge().equals(knowledge())) changed.add("Savoirs");
        if (!details.diplomas().equals(diplomas())) changed.add("Diplômes");
        if (!Objects.equals(details.mobilityMunicipality(), mobilityMunicipality) || !Objects.equals(details.mobilityRadiusKm(), mobilityRadiusKm)) {
            changed.add("Zone de mobilité");
        }
        if (!Objects.equals(details.availableFrom(), availableFrom)) changed.add("Disponibilité");
        jobTitles = details.jobTitles().toArray(Integer[]::new);
        skills = details.skills().toArray(Integer[]::new);
        knowledge = details.knowledge().toArray(Integer[]::new);
        diplomas = details.diplomas().toArray(String[]::new);
        mobilityMunicipality = details.mobilityMunicipality();
        mobilityRadiusKm = details.mobilityRadiusKm();
        availableFrom = details.availableFrom();
        touched(now);
        return changed;
    }

    /** The candidate adds a job held. */
    void addExperience(Experience experience, Instant now) {
        if (experiences.size() >= MAX_EXPERIENCES) {
            throw new BusinessRuleException("employer", "Votre profil compte déjà " + MAX_EXPERIENCES + " expériences : retirez-en une d'abord.");
        }
        if (experience.endedOn() != null && experience.endedOn().isBefore(experience.startedOn())) {
            throw new BusinessRuleException("endedOn", "La date de fin précède la date de début.");
        }
        experiences.add(experience);
        touched(now);
    }

    /** The candidate removes the job held at this place of the list. */
    void removeExperience(int index, Instant now) {
        if (index < 0 || index >= experiences.size()) {
            throw new BusinessRuleException("Cette expérience n'est plus dans votre profil.");
        }
        experiences.remove(index);
        touched(now);
    }

    /** A change of the profile (its CV file included): active again, and a sign of life. */
    void touched(Instant now) {
        updatedAt = now;
        recordActivity(now);
    }

    /** A sign of life of the candidate (a visit of their space): any warning of erasure for inactivity is void. */
    void recordActivity(Instant now) {
        lastActivityAt = now;
        inactivityWarnedAt = null;
    }

    /** The day the profile stops being active unless it is updated, in Paris. */
    LocalDate lapsesOn(ZoneId zone) {
        return updatedAt.atZone(zone).toLocalDate().plusMonths(ACTIVE_MONTHS);
    }

    boolean activeOn(LocalDate day, ZoneId zone) {
        return day.isBefore(lapsesOn(zone));
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    List<Integer> jobTitles() {
        return List.of(jobTitles);
    }

    List<Integer> skills() {
        return List.of(skills);
    }

    List<Integer> knowledge() {
        return List.of(knowledge);
    }

    List<String> diplomas() {
        return List.of(diplomas);
    }

    String mobilityMunicipality() {
        return mobilityMunicipality;
    }

    Integer mobilityRadiusKm() {
        return mobilityRadiusKm;
    }

    LocalDate availableFrom() {
        return availableFrom;
    }

    List<Experience> experiences() {
        return List.copyOf(experiences);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Candidate " + id + " " + Arrays.toString(jobTitles);
    }
}

package fr.passerelle.jobs.offers;

import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferDetails;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferWorkingTime;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An offer as typed in its form: the company and cluster it is posted for (chosen when the actor has several), the
 * job title chosen in ROME's picker ({@code appellation}, an OGR code), the commune typed by name, postcode or INSEE
 * code, amounts and dates as French users type them.
 */
record OfferForm(String version, String company, String cluster,
                 @NotBlank(message = "Donnez un intitulé à l’offre.") @Size(max = 200, message = "L’intitulé fait 200 caractères au plus.") String title,
                 @Size(max = 10000, message = "La description fait 10 000 caractères au plus.") String description,
                 @NotBlank(message = "Choisissez le métier dans la liste des appellations du ROME.") String appellation,
                 @NotBlank(message = "Choisissez le type de contrat.") String contract,
                 String durationMonths,
                 @NotBlank(message = "Choisissez le temps de travail.") String workingTime,
                 String hoursPerWeek,
                 @NotBlank(message = "Indiquez la commune du poste.") @Size(max = 200, message = "La commune fait 200 caractères au plus.") String commune,
                 @NotBlank(message = "Choisissez le niveau de qualification demandé.") String level,
                 String salaryMin, String salaryMax, String startsOn,
                 @NotBlank(message = "Indiquez le nombre de postes.") String positions,
                 @Email(message = "L’adresse e-mail n’est pas valide.") @Size(max = 254, message = "L’adresse e-mail fait 254 caractères au plus.") String applyEmail,
                 @Size(max = 1000, message = "L’adresse de la page fait 1 000 caractères au plus.")
                 @Pattern(regexp = "^$|^https?://\\S+$", message = "L’adresse de la page commence par https:// ou http://.") String applyUrl,
                 @Size(max = 2000, message = "Les consignes font 2 000 caractères au plus.") String applyInstructions) {

    static OfferForm empty(String company, String cluster) {
        return new OfferForm("0", company, cluster, "", "", "", JobOfferContract.CDI.name(), "", JobOfferWorkingTime.FULL_TIME.name(), "", "",
                "", "", "", "", "1", "", "", "");
    }

    static OfferForm of(JobOffer o, String communeText) {
        return new OfferForm(Long.toString(o.version()), o.companyId().toString(), o.clusterId().toString(), o.title(), nz(o.description()),
                Integer.toString(o.jobTitleOgr()), o.contract().name(), text(o.durationMonths()), o.workingTime().name(), text(o.hoursPerWeek()),
                communeText, o.level().name(), text(o.salaryMin()), text(o.salaryMax()), o.startsOn() == null ? "" : o.startsOn().toString(),
                Integer.toString(o.positions()), nz(o.applyEmail()), nz(o.applyUrl()), nz(o.applyInstructions()));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    long expectedVersion() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("Le formulaire est incomplet : rechargez la page.");
        }
    }

    /** The job title chosen, or null. */
    Integer jobTitleOgr() {
        return appellation != null && appellation.strip().matches("\\d{1,9}") ? Integer.valueOf(appellation.strip()) : null;
    }

    /** What the service takes, every problem reported at once; {@code municipalityCode} is the commune the service found. */
    JobOfferDetails details(String municipalityCode) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer ogr = jobTitleOgr();
        if (ogr == null) {
            problems.put("appellation", "Choisissez le métier dans la liste des appellations du ROME.");
        }
        JobOfferContract c = check(problems, () -> FrenchInput.choice("contract", contract, JobOfferContract.class, "Choisissez le type de contrat."));
        Integer duration = check(problems, () -> blank(durationMonths) ? null
                : FrenchInput.wholeNumber("durationMonths", durationMonths, 1, 60, "La durée du contrat (en mois)"));
        JobOfferWorkingTime w = check(problems, () -> FrenchInput.choice("workingTime", workingTime, JobOfferWorkingTime.class,
                "Choisissez le temps de travail."));
        Integer hours = check(problems, () -> blank(hoursPerWeek) ? null
                : FrenchInput.wholeNumber("hoursPerWeek", hoursPerWeek, 1, 48, "Le nombre d’heures par semaine"));
        JobOfferLevel l = check(problems, () -> FrenchInput.choice("level", level, JobOfferLevel.class, "Choisissez le niveau de qualification demandé."));
        Integer min = check(problems, () -> blank(salaryMin) ? null : FrenchInput.wholeNumber("salaryMin", salaryMin, 0, 1_000_000, "Le salaire minimum"));
        Integer max = check(problems, () -> blank(salaryMax) ? null : FrenchInput.wholeNumber("salaryMax", salaryMax, 0, 1_000_000, "Le salaire maximum"));
        LocalDate starts = check(problems, () -> blank(startsOn) ? null : FrenchInput.date("startsOn", startsOn));
        Integer count = check(problems, () -> FrenchInput.wholeNumber("positions", positions, 1, 500, "Le nombre de postes"));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        return new JobOfferDetails(title.strip(), description, ogr, c, duration, w, hours, municipalityCode, l, min, max, starts, count,
                applyEmail, applyUrl, applyInstructions);
    }

    private static <T> T check(Map<String, String> problems, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (BusinessRuleException e) {
            problems.putAll(e.problems());
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

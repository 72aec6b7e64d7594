package fr.passerelle.clusters.surveys;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The forms of the survey pages: what was typed, checked, and turned into what the service takes. */
final class SurveyForms {

    private SurveyForms() {
    }

    static long version(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("Le formulaire est incomplet : rechargez la page.");
        }
    }

    /** Collects every problem of a form before refusing it, so that the reader sees them all at once. */
    private static final class Problems {
        final Map<String, String> problems = new LinkedHashMap<>();

        <T> T check(Supplier<T> parse) {
            try {
                return parse.get();
            } catch (BusinessRuleException e) {
                problems.putAll(e.problems());
                return null;
            }
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new BusinessRuleException(problems);
            }
        }
    }

    /** A campaign's settings; at its opening, also its panel: every active member ({@code ALL}) or those ticked. */
    record CampaignForm(String version,
                        @NotBlank(message = "Choisissez le type d’enquête.") String kind,
                        @NotBlank(message = "Donnez un titre à la campagne.") @Size(max = 200, message = "Le titre fait 200 caractères au plus.") String title,
                        @NotBlank(message = "Indiquez la date d’ouverture.") String opensOn,
                        @NotBlank(message = "Indiquez la date de clôture.") String closesOn,
                        @NotBlank(message = "Indiquez le nombre minimum de réponses sous lequel un résultat est masqué.") String minAnswers,
                        String reminderDays, String panel, List<String> members) {

        static CampaignForm empty(LocalDate today) {
            return new CampaignForm("0", SurveyKind.BAROMETER.name(), "", today.toString(), today.plusWeeks(4).toString(),
                    Integer.toString(Masking.DEFAULT_MINIMUM), "7", "ALL", List.of());
        }

        static CampaignForm of(SurveyCampaign c) {
            return new CampaignForm(Long.toString(c.version()), c.kind().name(), c.title(), c.opensOn().toString(), c.closesOn().toString(),
                    Integer.toString(c.minAnswers()), Integer.toString(c.reminderDays()), c.wholePanel() ? "ALL" : "CHOSEN", List.of());
        }

        SurveyCampaign.Settings settings() {
            var p = new Problems();
            SurveyKind k = p.check(() -> FrenchInput.choice("kind", kind, SurveyKind.class, "Choisissez le type d’enquête."));
            LocalDate opens = p.check(() -> FrenchInput.date("opensOn", opensOn));
            LocalDate closes = p.check(() -> FrenchInput.date("closesOn", closesOn));
            Integer min = p.check(() -> FrenchInput.wholeNumber("minAnswers", minAnswers, 1, 100, "Le nombre minimum de réponses"));
            Integer reminder = p.check(() -> reminderDays == null || reminderDays.isBlank() ? 0
                    : FrenchInput.wholeNumber("reminderDays", reminderDays, 0, 60, "La relance"));
            p.throwIfAny();
            return new SurveyCampaign.Settings(k, title, opens, closes, min, reminder);
        }

        boolean wholePanel() {
            return !"CHOSEN".equals(panel);
        }

        List<UUID> chosen() {
            List<UUID> ids = new ArrayList<>();
            for (String member : members == null ? List.<String>of() : members) {
                FrenchInput.pickedId(member).ifPresent(ids::add);
            }
            return ids;
        }

        public boolean ticked(String id) {
            return members != null && members.contains(id);
        }
    }

    /** The company's answer: the company-level figures and one group of fields per trade, in the campaign's order. */
    record AnswerForm(String version, String jobs, String turnoverBand, String confidence, String openUnfilled, String creationForecast,
                      @Valid List<TradeFields> trades) {

        static AnswerForm of(SurveyCampaign campaign, SurveyAnswer.Content content, Long version) {
            List<TradeFields> fields = new ArrayList<>();
            for (SurveyCampaign.Trade trade : campaign.trades()) {
                var given = content == null ? null
                        : content.trades().stream().filter(t -> t.jobTitleOgr() == trade.jobTitleOgr()).findFirst().orElse(null);
                fields.add(given == null ? new TradeFields(Integer.toString(trade.jobTitleOgr()), "", "", "", "", "", List.of())
                        : new TradeFields(Integer.toString(trade.jobTitleOgr()), text(given.hiringNeeds()), text(given.difficulty()),
                        text(given.unfilled()), text(given.forecast()), given.skills() == null ? "" : given.skills(),
                        given.skillOgrs().stream().map(String::valueOf).toList()));
            }
            return content == null ? new AnswerForm("", "", "", "", "", "", fields)
                    : new AnswerForm(version == null ? "" : version.toString(), text(content.jobs()),
                    content.turnoverBand() == null ? "" : content.turnoverBand().name(), text(content.confidence()), text(content.openUnfilled()),
                    text(content.creationForecast()), fields);
        }

        private static String text(Integer value) {
            return value == null ? "" : value.toString();
        }

        Long versionValue() {
            return version == null || version.isBlank() ? null : SurveyForms.version(version);
        }

        SurveyAnswer.Content content() {
            var p = new Problems();
            Integer j = p.check(() -> optional("jobs", jobs, 0, 10_000_000, "Le nombre d’emplois"));
            TurnoverBand band = p.check(() -> turnoverBand == null || turnoverBand.isBlank() ? null
                    : FrenchInput.choice("turnoverBand", turnoverBand, TurnoverBand.class, "Choisissez une tranche de chiffre d’affaires."));
            Integer conf = p.check(() -> optional("confidence", confidence, 0, 100, "Le taux de confiance"));
            Integer open = p.check(() -> optional("openUnfilled", openUnfilled, 0, 1_000_000, "Le nombre d’emplois ouverts non pourvus"));
            Integer created = p.check(() -> optional("creationForecast", creationForecast, 0, 1_000_000, "La prévision de création de postes"));
            List<SurveyAnswer.TradeAnswer> lines = new ArrayList<>();
            List<TradeFields> all = trades == null ? List.of() : trades;
            for (int i = 0; i < all.size(); i++) {
                TradeFields t = all.get(i);
                String prefix = "trades[" + i + "].";
                Integer ogr = p.check(() -> FrenchInput.wholeNumber(prefix + "jobTitleOgr", t.jobTitleOgr(), 1, Integer.MAX_VALUE, "Le métier"));
                Integer needs = p.check(() -> optional(prefix + "hiringNeeds", t.hiringNeeds(), 0, 100_000, "Les besoins de recrutement"));
                Integer difficulty = p.check(() -> optional(prefix + "difficulty", t.difficulty(), 1, 4, "La difficulté"));
                Integer unfilled = p.check(() -> optional(prefix + "unfilled", t.unfilled(), 0, 100_000, "Le nombre de postes non pourvus"));
                Integer forecast = p.check(() -> optional(prefix + "forecast", t.forecast(), 0, 100_000, "La prévision à 3 ans"));
                List<Integer> skills = p.check(() -> t.chosenSkills().stream()
                        .map(v -> FrenchInput.wholeNumber(prefix + "skillOgrs", v, 1, Integer.MAX_VALUE, "La compétence")).toList());
                if (ogr != null) {
                    lines.add(new SurveyAnswer.TradeAnswer(ogr, needs, difficulty, unfilled, forecast, t.skills(), skills));
                }
            }
            p.throwIfAny();
            return new SurveyAnswer.Content(j, band, conf, open, created, lines);
        }

        private static Integer optional(String field, String text, int min, int max, String what) {
            return text == null || text.isBlank() ? null : FrenchInput.wholeNumber(field, text, min, max, what);
        }
    }

    /**
     * One trade's fields of the answer: {@code skillOgrs} the ROME skills ticked (those chosen before, those picked
     * now); {@code skills} the words of an answer given before ROME skills, carried as given.
     */
    record TradeFields(String jobTitleOgr, String hiringNeeds, String difficulty, String unfilled, String forecast,
                       @Size(max = 500, message = "Les compétences recherchées font 500 caractères au plus.") String skills,
                       List<String> skillOgrs) {

        public List<String> chosenSkills() {
            return skillOgrs == null ? List.of() : skillOgrs.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        }
    }
}

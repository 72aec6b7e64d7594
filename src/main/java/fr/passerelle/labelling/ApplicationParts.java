package fr.passerelle.labelling;

import fr.passerelle.campus.LabelCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The parts of a dossier, as the service hands them to pages, PDFs and exports. */
public final class ApplicationParts {

    private ApplicationParts() {
    }

    public record Section(Criterion criterion, String text, int revision, Instant updatedAt, String updatedBy) {
        public boolean written() {
            return text != null && text.strip().length() >= ApplicationQueries.MIN_SECTION_LENGTH;
        }

        public String html() {
            return fr.passerelle.platform.RichText.html(text);
        }
    }

    record Attachment(UUID id, UUID requiredDocumentId, String fileName, String contentType, long size, Instant uploadedAt, String uploadedBy) {
        public String displaySize() {
            return fr.passerelle.platform.UploadedFile.displaySize(size);
        }
    }

    record Opinion(UUID id, OpinionBody body, int round, Verdict verdict, LocalDate givenOn, String reasons, String fileName,
                   String recordedBy, Instant recordedAt) {
    }

    record Assignment(UUID expertId, String expertName, Instant assignedAt, String assignedBy, Instant declinedAt, String declineReason) {
        public boolean active() {
            return declinedAt == null;
        }
    }

    public record Score(Integer score, String comment) {
    }

    public record Review(UUID id, UUID expertId, String expertName, int round, Instant submittedAt, long version, Map<Criterion, Score> scores) {
        public boolean submitted() {
            return submittedAt != null;
        }

        /** Refuses scores out of 0–4, a review already handed in, and handing it in with a criterion unscored. */
        void checkScores(Map<Criterion, Score> given, boolean handIn) {
            if (submitted()) {
                throw new fr.passerelle.platform.BusinessRuleException(null, "Votre expertise de cette version est déjà remise.");
            }
            for (var entry : given.entrySet()) {
                Integer score = entry.getValue().score();
                if (score != null && (score < 0 || score > 4)) {
                    throw new fr.passerelle.platform.BusinessRuleException("score-" + entry.getKey().name(), entry.getKey().number() + " : la note va de 0 à 4.");
                }
            }
            List<String> unscored = given.entrySet().stream().filter(e -> e.getValue().score() == null).map(e -> e.getKey().number()).toList();
            if (handIn && !unscored.isEmpty()) {
                throw new fr.passerelle.platform.BusinessRuleException(null, "Notez chaque critère avant de remettre l'expertise : " + String.join(", ", unscored) + ".");
            }
        }

        public Score scoreOf(Criterion criterion) {
            return scores.getOrDefault(criterion, new Score(null, null));
        }

        /** The mean of the scores given, out of 4, or null. */
        public Double mean() {
            return scores.values().stream().filter(s -> s.score() != null).mapToInt(Score::score).average().stream().boxed().findFirst().orElse(null);
        }
    }

    record Exchange(UUID id, int round, String requestedBy, Instant requestedAt, String request, Instant answeredAt, String answer) {
        public boolean answered() {
            return answeredAt != null;
        }
    }

    /** What a submitted version holds, frozen: the texts, the campus's live data quoted, the attachments' names. */
    record Content(Map<Criterion, String> sections, Map<Criterion, List<String>> liveData, List<String> attachments) {
        public String sectionOf(Criterion criterion) {
            return sections.get(criterion);
        }
    }

    record Version(int number, Instant submittedAt, String submittedBy, Content content) {
    }

    record Decision(String outcome, LabelCategory category, LocalDate decidedOn, String reference, LocalDate validFrom, LocalDate validUntil, String reasons,
                    String decidedBy) {
        public boolean granted() {
            return "GRANTED".equals(outcome);
        }
    }

    record Step(ApplicationStatus status, Instant enteredAt, String actor, String note) {
    }

    /**
     * The operational direction of a dossier as stored: what the promoters recorded ({@code details}, null until they
     * do), the mission letter joined among the attachments, and the revision the next save must start from.
     */
    public record Direction(OperationalDirection details, UUID missionLetterId, String missionLetterName, int revision, Instant updatedAt,
                            String updatedBy) {

        /** Nothing recorded yet. */
        static Direction none() {
            return new Direction(null, null, null, 0, null, null);
        }

        public boolean recorded() {
            return details != null;
        }

        public boolean missionLetterJoined() {
            return missionLetterId != null;
        }

        /** What keeps the dossier from being submitted on its direction, in French; empty when nothing does. */
        public List<String> lacking() {
            return OperationalDirection.lacking(details, missionLetterJoined());
        }
    }

    /** An expert attached to a draft to support its writing (« appui à la construction »), apart from the formal review. */
    public record Advisor(UUID expertId, String expertName, Instant attachedAt, String attachedBy) {
    }

    /** A message of the advice thread: from an advisor or from a promoter. */
    public record Advice(UUID id, String authorName, boolean fromAdvisor, Instant writtenAt, String body) {
        public String html() {
            return fr.passerelle.platform.RichText.html(body);
        }
    }
}

package fr.passerelle.campus;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a framework agreement says besides its signed file: its title, when it was signed, from when and until when it
 * has effect, and its signatories with their initial financial commitments ("les engagements financiers initiaux des
 * signataires", source 001). {@link #check()} holds its rules.
 */
public record FrameworkAgreementTerms(String title, LocalDate signedOn, LocalDate effectiveFrom, LocalDate effectiveUntil,
                                      List<Signatory> signatories) {

    public FrameworkAgreementTerms {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    /** A signatory and its initial financial commitment (both null when it commits no money). */
    public record Signatory(String party, String name, String function, LocalDate signedOn, BigDecimal commitmentAmount,
                            String commitmentPurpose) {

        /** "Région Bretagne (Loïg Chesnais-Girard, président du conseil régional)". */
        public String displayName() {
            String who = java.util.stream.Stream.of(name, function).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
            return who.isEmpty() ? party : party + " (" + who + ")";
        }

        /** "150 000,00 € : ingénierie de projet", or null without a commitment. */
        public String commitment() {
            if (commitmentAmount == null) {
                return null;
            }
            return commitmentPurpose == null ? euros(commitmentAmount) : euros(commitmentAmount) + " : " + commitmentPurpose;
        }

        /** "150 000,00 €", or null without a commitment. */
        public String amountText() {
            return commitmentAmount == null ? null : euros(commitmentAmount);
        }

        String describe() {
            String text = displayName() + (signedOn == null ? "" : ", signé le " + Times.current().date(signedOn));
            return commitment() == null ? text : text + " — engagement " + commitment();
        }
    }

    /** The same terms, trimmed, once every rule holds; otherwise a French message on the field at fault. */
    FrameworkAgreementTerms check() {
        String cleanTitle = Text.trimToNull(title);
        if (cleanTitle == null) {
            throw new BusinessRuleException("title", "L’intitulé de la convention cadre est obligatoire.");
        }
        if (Text.longerThan(cleanTitle, 255)) {
            throw new BusinessRuleException("title", Text.tooLong("L’intitulé", cleanTitle, 255));
        }
        if (effectiveFrom != null && effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw new BusinessRuleException("effectiveUntil", "La fin d’effet de la convention doit suivre son début.");
        }
        if (signatories.isEmpty()) {
            throw new BusinessRuleException("signatories[0].party", "Indiquez au moins un signataire : le Conseil régional ou un rectorat.");
        }
        List<Signatory> clean = new java.util.ArrayList<>();
        for (int i = 0; i < signatories.size(); i++) {
            clean.add(check(i, signatories.get(i)));
        }
        return new FrameworkAgreementTerms(cleanTitle, signedOn, effectiveFrom, effectiveUntil, clean);
    }

    private static Signatory check(int index, Signatory signatory) {
        String field = "signatories[" + index + "].";
        String party = Text.trimToNull(signatory.party());
        if (party == null) {
            throw new BusinessRuleException(field + "party", "Signataire n° " + (index + 1) + " : indiquez l’organisation ou l’autorité qui signe.");
        }
        checkLength(field + "party", "L’organisation ou autorité", party, 255);
        String name = Text.trimToNull(signatory.name());
        checkLength(field + "name", "Le nom du signataire", name, 150);
        String function = Text.trimToNull(signatory.function());
        checkLength(field + "function", "La fonction du signataire", function, 150);
        String purpose = Text.trimToNull(signatory.commitmentPurpose());
        checkLength(field + "commitmentPurpose", "L’objet de l’engagement", purpose, 500);
        BigDecimal amount = signatory.commitmentAmount();
        if (amount != null && amount.signum() < 0) {
            throw new BusinessRuleException(field + "commitmentAmount", "L’engagement financier de « " + party + " » ne peut être négatif.");
        }
        if (amount != null && purpose == null) {
            throw new BusinessRuleException(field + "commitmentPurpose", "Précisez ce que couvre l’engagement financier de « " + party + " ».");
        }
        if (amount == null && purpose != null) {
            throw new BusinessRuleException(field + "commitmentAmount", "Indiquez le montant de l’engagement financier de « " + party + " ».");
        }
        return new Signatory(party, name, function, signatory.signedOn(), amount, purpose);
    }

    private static void checkLength(String field, String what, String value, int max) {
        if (Text.longerThan(value, max)) {
            throw new BusinessRuleException(field, Text.tooLong(what, value, max));
        }
    }

    /** "150 000,00 €": an amount in euros as French readers write it. */
    static String euros(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount).replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** The total of the initial commitments, in euros. */
    public String totalCommitmentsText() {
        return euros(totalCommitments());
    }

    /** The total of the signatories' initial commitments, zero when none commits money. */
    public BigDecimal totalCommitments() {
        return signatories.stream().map(Signatory::commitmentAmount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

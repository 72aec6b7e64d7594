package fr.passerelle.campus;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.web.multipart.MultipartFile;

/**
 * The framework agreement form as typed: its terms, one line per signatory (fields {@code signatories[i].party} and so
 * on; blank lines are left out) and the signed file. {@link #version()} is the version of the agreement the form was
 * opened on, blank when the campus had none.
 */
record FrameworkAgreementForm(
        String version,
        @NotBlank(message = "L’intitulé de la convention cadre est obligatoire.")
        @Size(max = 255, message = "L’intitulé ne peut dépasser 255 caractères.") String title,
        String signedOn,
        String effectiveFrom,
        String effectiveUntil,
        List<SignatoryLine> signatories,
        MultipartFile fichier) {

    /** Blank lines the form offers beyond the signatories recorded, to add some. */
    static final int BLANK_LINES = 2;
    /** The most lines the form takes. */
    static final int MAX_LINES = 30;

    FrameworkAgreementForm {
        version = version == null ? "" : version;
        signatories = signatories == null ? List.of() : signatories.stream().map(l -> l == null ? SignatoryLine.BLANK : l).toList();
    }

    /** One signatory as typed: organisation or authority, signatory's name, function, date of signature, commitment. */
    record SignatoryLine(String party, String name, String function, String signedOn, String commitmentAmount, String commitmentPurpose) {

        static final SignatoryLine BLANK = new SignatoryLine("", "", "", "", "", "");

        boolean isBlank() {
            return Stream.of(party, name, function, signedOn, commitmentAmount, commitmentPurpose).allMatch(s -> s == null || s.isBlank());
        }

        static SignatoryLine of(FrameworkAgreementTerms.Signatory s) {
            return new SignatoryLine(s.party(), nn(s.name()), nn(s.function()), s.signedOn() == null ? "" : s.signedOn().toString(),
                    s.commitmentAmount() == null ? "" : s.commitmentAmount().toPlainString().replace('.', ','), nn(s.commitmentPurpose()));
        }
    }

    static FrameworkAgreementForm empty() {
        return new FrameworkAgreementForm("", "Convention cadre", "", "", "", List.of(), null).withBlankLines();
    }

    static FrameworkAgreementForm of(CampusFoundations.AgreementView agreement) {
        var terms = agreement.terms();
        return new FrameworkAgreementForm(Long.toString(agreement.version()), terms.title(), date(terms.signedOn()), date(terms.effectiveFrom()),
                date(terms.effectiveUntil()), terms.signatories().stream().map(SignatoryLine::of).toList(), null).withBlankLines();
    }

    /** The lines typed, blank ones left out, then blank lines to add more: what the form shows again. */
    FrameworkAgreementForm withBlankLines() {
        List<SignatoryLine> lines = new ArrayList<>(signatories.stream().filter(l -> !l.isBlank()).limit(MAX_LINES).toList());
        for (int i = 0; i < BLANK_LINES || lines.size() < 3; i++) {
            lines.add(SignatoryLine.BLANK);
        }
        return new FrameworkAgreementForm(version, title, signedOn, effectiveFrom, effectiveUntil, lines, fichier);
    }

    /** The same form carrying another version of the agreement: after a concurrent edit, to save over the version now current. */
    FrameworkAgreementForm withVersion(String current) {
        return new FrameworkAgreementForm(current, title, signedOn, effectiveFrom, effectiveUntil, signatories, fichier);
    }

    Long expectedVersion() {
        return version.isBlank() ? null : Long.valueOf(FrenchInput.wholeNumber("version", version, 0, Integer.MAX_VALUE, "La version"));
    }

    /**
     * The terms once typed values are read; the lines are those of {@link #withBlankLines()}, so that a message names
     * the line the form shows again.
     */
    FrameworkAgreementTerms toTerms() {
        List<SignatoryLine> lines = withBlankLines().signatories().stream().filter(l -> !l.isBlank()).toList();
        List<FrameworkAgreementTerms.Signatory> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SignatoryLine line = lines.get(i);
            String field = "signatories[" + i + "].";
            BigDecimal amount = FrenchInput.amount(field + "commitmentAmount", line.commitmentAmount());
            parsed.add(new FrameworkAgreementTerms.Signatory(line.party(), line.name(), line.function(),
                    FrenchInput.date(field + "signedOn", line.signedOn()), amount, line.commitmentPurpose()));
        }
        return new FrameworkAgreementTerms(Text.trimToNull(title), FrenchInput.date("signedOn", signedOn),
                FrenchInput.date("effectiveFrom", effectiveFrom), FrenchInput.date("effectiveUntil", effectiveUntil), parsed);
    }

    /** The name of the signed file sent, or null. */
    String fileName() {
        return SentFiles.name(fichier);
    }

    /** The bytes of the signed file sent, or null. */
    byte[] fileContent() {
        return SentFiles.content(fichier);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }
}

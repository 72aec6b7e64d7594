package fr.passerelle.campus;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import java.util.UUID;

/**
 * What is recorded about the structure carrying a campus: its legal form (with a word on it when it is "Autre") and the
 * organisation of the directory that is that structure — required unless the form is "Autre", since a campus may be
 * carried without a legal personality of its own.
 */
public record CarryingStructureDetails(LegalForm legalForm, String legalFormDetail, UUID organisationId) {

    /** The same details, trimmed, once the rules hold; otherwise a French message on the field at fault. */
    CarryingStructureDetails check() {
        if (legalForm == null) {
            throw new BusinessRuleException("legalForm", "Choisissez la forme juridique de la structure porteuse.");
        }
        String detail = Text.trimToNull(legalFormDetail);
        if (Text.longerThan(detail, 150)) {
            throw new BusinessRuleException("legalFormDetail", Text.tooLong("La précision", detail, 150));
        }
        if (legalForm == LegalForm.OTHER && detail == null) {
            throw new BusinessRuleException("legalFormDetail", "Précisez la forme juridique de la structure porteuse.");
        }
        if (legalForm != LegalForm.OTHER && organisationId == null) {
            throw new BusinessRuleException("organisationId", "Choisissez dans l’annuaire l’organisation qui porte le campus "
                    + "(ajoutez-la d’abord à l’annuaire si elle n’y est pas).");
        }
        return new CarryingStructureDetails(legalForm, legalForm == LegalForm.OTHER ? detail : null, organisationId);
    }

    /** "Groupement d’intérêt public (GIP)", or "Autre : convention de groupement sans personnalité morale". */
    public String legalFormName() {
        return legalForm == LegalForm.OTHER && legalFormDetail != null ? legalForm.label() + " : " + legalFormDetail : legalForm.label();
    }
}

package fr.passerelle.campus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One signatory of a framework agreement as stored: the organisation or authority that signs (« Région Bretagne »,
 * « Rectorat de l'académie de Rennes »), who signs for it and in what function, on what day, and its initial financial
 * commitment (amount in euros and what it covers), if any.
 */
@Embeddable
class AgreementSignatory {

    private String party;
    @Column(name = "signatory_name")
    private String name;
    @Column(name = "signatory_function")
    private String function;
    private LocalDate signedOn;
    private BigDecimal commitmentAmount;
    private String commitmentPurpose;

    protected AgreementSignatory() {
    }

    static AgreementSignatory of(FrameworkAgreementTerms.Signatory signatory) {
        var stored = new AgreementSignatory();
        stored.party = signatory.party();
        stored.name = signatory.name();
        stored.function = signatory.function();
        stored.signedOn = signatory.signedOn();
        stored.commitmentAmount = signatory.commitmentAmount();
        stored.commitmentPurpose = signatory.commitmentPurpose();
        return stored;
    }

    FrameworkAgreementTerms.Signatory terms() {
        return new FrameworkAgreementTerms.Signatory(party, name, function, signedOn, commitmentAmount, commitmentPurpose);
    }
}

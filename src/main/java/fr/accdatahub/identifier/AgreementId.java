package fr.accdatahub.identifier;

/** An agreement's id as a request names it, of the right form ({@link Identifiers#AGREEMENT_ID}). */
public record AgreementId(String value) {

    public AgreementId {
        Identifiers.agreementId("agreement_id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package fi.saatava.gateway.legal;

import fi.saatava.gateway.agency.AgencyProperties;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.gateway.creditors.CreditorRepository;
import org.springframework.stereotype.Component;

/** The parties as every filing names them (docs/contracts.md, "Filings": organisation and debtor shapes). */
@Component
public class FilingParties {

    private final AgencyProperties agency;
    private final CreditorRepository creditors;

    FilingParties(AgencyProperties agency, CreditorRepository creditors) {
        this.agency = agency;
        this.creditors = creditors;
    }

    public record Organisation(String name, String businessId, PostalAddress address, String phone, String email) {
    }

    /**
     * @param identityCode henkilötunnus or Y-tunnus: personal data, sent to the authority only (never logged)
     */
    public record Party(String type, String identityCode, String name, PostalAddress address, String phone) {

        @Override
        public String toString() {
            return "Party[type=" + type + "]";
        }
    }

    /** The registered creditor the claim is collected for: the plaintiff, applicant or lodging creditor. */
    public Organisation creditor(Claim claim) {
        Creditor creditor = creditors.require(claim.creditorId());
        Creditor.Contact contact = creditor.contact();
        return new Organisation(creditor.name(), creditor.businessId(), creditor.address(),
                contact == null ? null : contact.phone(), contact == null ? null : contact.email());
    }

    /** The collection agency acting for the creditor. */
    Organisation agent() {
        return new Organisation(agency.name(), agency.businessId(), agency.address(), agency.phone(), agency.email());
    }

    public Party debtor(Claim claim) {
        return new Party(claim.debtor().type().name(), claim.debtor().identityCode(), claim.debtor().name(),
                claim.debtor().address(), null);
    }

    /** The client-funds account the authorities remit to (PerintäL 11 §). */
    Account remittanceAccount() {
        return new Account(agency.iban(), agency.bic(), agency.name());
    }

    record Account(String iban, String bic, String holder) {
    }
}

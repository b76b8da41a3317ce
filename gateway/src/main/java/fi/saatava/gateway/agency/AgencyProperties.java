package fi.saatava.gateway.agency;

import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.law.identifiers.Iban;
import fi.saatava.law.identifiers.Validation;
import fi.saatava.law.identifiers.YTunnus;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The collection agency running this installation: it signs the letters and its client-funds account (PerintäL
 * 11 §) receives the debtors' payments. Checked at start-up, so a typo in the IBAN never reaches a letter.
 *
 * @param iban the client-funds account printed on every letter and in the virtual barcode
 * @param bic  optional, printed for payers whose bank asks for it
 */
@ConfigurationProperties("saatava.agency")
public record AgencyProperties(
        String name,
        String businessId,
        PostalAddress address,
        String iban,
        String bic,
        String phone,
        String email) {

    public AgencyProperties {
        require(name != null && !name.isBlank(), "saatava.agency.name must be set");
        require(address != null, "saatava.agency.address must be set");
        check("saatava.agency.business-id", YTunnus.validate(businessId));
        check("saatava.agency.iban", Iban.validate(iban));
        iban = Iban.compact(iban);
    }

    static void check(String property, Validation validation) {
        require(validation.valid(), property + " is invalid: " + validation.problem());
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}

package fi.saatava.gateway.agency;

import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.law.identifiers.YTunnus;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The creditor every claim is collected for, printed on letters as PerintäL 5 a § 1 mom 1 k requires. A
 * placeholder for single-creditor installations until creditors submit claims under their own accounts.
 */
@ConfigurationProperties("saatava.creditor")
public record CreditorProperties(String name, String businessId, PostalAddress address) {

    public CreditorProperties {
        AgencyProperties.require(name != null && !name.isBlank(), "saatava.creditor.name must be set");
        AgencyProperties.require(address != null, "saatava.creditor.address must be set");
        AgencyProperties.check("saatava.creditor.business-id", YTunnus.validate(businessId));
    }
}

package fi.saatava.gateway.letters;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.PostalAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Letters after a debtor's death go to the estate, not to the deceased (spec §11.4): the demand to the estate, and
 * any letter once the death is recorded on the claim. The estate is named in the debtor's language; it is reached
 * through its contact (the estate administrator or the heir managing it) when an operator recorded one, else at the
 * deceased's last address.
 */
@Component
class EstateAddressee {

    private static final Map<String, String> ESTATE_OF = Map.of(
            "fi", "Kuolinpesä %s",
            "sv", "Dödsboet efter %s",
            "en", "The estate of %s");

    private final JdbcClient jdbc;

    EstateAddressee(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the estate as the addressee, or empty while the letter goes to the debtor */
    Optional<LetterContent.Debtor> of(Claim claim, LetterType type) {
        Optional<Contact> estate = recordedEstate(claim.id());
        if (type != LetterType.ESTATE_DEMAND && estate.isEmpty()) {
            return Optional.empty();
        }
        String name = ESTATE_OF.getOrDefault(claim.debtor().language(), ESTATE_OF.get("fi"))
                .formatted(claim.debtor().name());
        Optional<Contact> contact = estate.filter(Contact::complete);
        return Optional.of(new LetterContent.Debtor(claim.debtor().type().name(),
                contact.map(c -> name + " c/o " + c.name()).orElse(name),
                contact.map(c -> new PostalAddress(c.street(), c.postalCode(), c.city(), "FI"))
                        .orElse(claim.debtor().address())));
    }

    /** The estate's contact as recorded with the death; its fields are {@code null} until an operator adds them. */
    private record Contact(String name, String street, String postalCode, String city) {

        boolean complete() {
            return name != null && street != null && postalCode != null && city != null;
        }
    }

    private Optional<Contact> recordedEstate(UUID claimId) {
        return jdbc.sql("""
                select administrator_name, administrator_street, administrator_postal_code, administrator_city
                  from saatava.insolvency_proceeding
                 where claim_id = :claimId and procedure = 'DECEASED_ESTATE'
                 order by notified_at desc, id
                 limit 1""")
                .param("claimId", claimId)
                .query((row, n) -> new Contact(row.getString("administrator_name"),
                        row.getString("administrator_street"), row.getString("administrator_postal_code"),
                        row.getString("administrator_city")))
                .optional();
    }
}

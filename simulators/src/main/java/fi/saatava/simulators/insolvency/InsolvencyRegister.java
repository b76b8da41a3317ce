package fi.saatava.simulators.insolvency;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.law.money.Money;

/** Takes lodged claims like an administrator (pesänhoitaja, selvittäjä) does: on time, or late for a fee. */
@Component
public class InsolvencyRegister {

    static final Money LATE_FEE_MIN = Money.of("600.00");
    static final Money LATE_FEE_MAX = Money.of("6000.00");
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final Clock clock;

    public InsolvencyRegister(Clock clock) {
        this.clock = clock;
    }

    LodgingReceipt lodge(String filingId, JsonNode claim) {
        LocalDate today = LocalDate.now(clock.withZone(FINLAND));
        String procedure = claim.path("procedure").asText();
        boolean late = today.isAfter(LocalDate.parse(claim.path("lodgingDeadline").asText()));
        String fee = late && "BANKRUPTCY".equals(procedure)
                ? lateFee(Money.of(claim.path("total").asText())).toString()
                : null;
        return new LodgingReceipt("VK-" + UUID.randomUUID().toString().substring(0, 8), filingId, procedure,
                claim.path("procedureCaseNumber").asText(null), clock.instant(), late ? "LATE" : "LODGED", fee);
    }

    /** KonkL 12:16: a late claim costs 1 % of the claim, at least 600 € and at most 6 000 €. */
    static Money lateFee(Money claim) {
        return claim.percent(BigDecimal.ONE).max(LATE_FEE_MIN).min(LATE_FEE_MAX);
    }
}

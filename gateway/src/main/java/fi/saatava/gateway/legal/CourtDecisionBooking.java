package fi.saatava.gateway.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract.CourtDecisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Books a court's decision on a summons. A default judgment (OK 5:13) awards what the summons claimed, so its legal
 * costs are the tariff amount and court fee the summons stated (spec §8); the judgment also starts the 5-year
 * limitation and the enforcement title's period, which {@link ClaimLimitation} derives from it (VanhL 13 §, UK 2:24).
 */
@Service
public class CourtDecisionBooking {

    private static final Logger log = LoggerFactory.getLogger(CourtDecisionBooking.class);
    private static final Set<String> DECISIONS = Set.of(CourtDecisions.DEFAULT_JUDGMENT, CourtDecisions.DISPUTED,
            CourtDecisions.DISMISSED);

    private final LegalRecords records;
    private final ObjectMapper json;
    private final Clock clock;

    CourtDecisionBooking(LegalRecords records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param filingId           the summons filing the decision answers
     * @param activityInstanceId the recording task: a retry books nothing twice
     */
    public void book(UUID claimId, String filingId, String decision, LocalDate judgmentDate, String caseNumber,
                     String activityInstanceId) {
        if (!DECISIONS.contains(decision)) {
            throw new IllegalStateException("Unknown court decision " + decision + " for claim " + claimId);
        }
        boolean judgment = CourtDecisions.DEFAULT_JUDGMENT.equals(decision);
        if (judgment && judgmentDate == null) {
            throw new IllegalStateException("The default judgment on claim " + claimId + " has no judgment date");
        }
        Money legalCosts = judgment ? claimedLegalCosts(claimId, filingId) : null;
        records.recordCourtDecision(new CourtDecisionRecord(claimId, filingId, decision,
                judgment ? judgmentDate : null, caseNumber, legalCosts, clock.instant()), activityInstanceId);
        log.info("Claim {}: court decision {} in case {}{}", claimId, decision, caseNumber,
                judgment ? " of " + judgmentDate + ", legal costs " + legalCosts : "");
    }

    private Money claimedLegalCosts(UUID claimId, String filingId) {
        Filing summons = records.findFiling(filingId)
                .filter(filing -> filing.kind() == FilingKind.SUMMONS && filing.claimId().equals(claimId))
                .orElseThrow(() -> new IllegalStateException("The judgment on claim " + claimId
                        + " answers no summons filing of the claim (filing " + filingId + ")"));
        try {
            return Money.of(json.readTree(summons.document()).at("/legalCosts/total").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The summons filing " + filingId + " has an unreadable document", e);
        }
    }
}

package fi.saatava.gateway.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.legal.LegalCollectionStart;
import fi.saatava.law.court.LegalCollectionTiming;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets {@code legalCollectionAt}, the start of the earliest day the claim may go to court (PerintäL 6 §, spec §3.3):
 * the banking day after the last demand's payment and objection deadline, or today after a 4 c § request or a dispute.
 */
@Component(ProcessContract.Delegates.SCHEDULE_LEGAL_COLLECTION)
class ScheduleLegalCollectionDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ScheduleLegalCollectionDelegate.class);

    private final ClaimRepository claims;
    private final LegalCollectionStart start;
    private final Clock clock;

    ScheduleLegalCollectionDelegate(ClaimRepository claims, LegalCollectionStart start, Clock clock) {
        this.claims = claims;
        this.start = start;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID claimId = ProcessVariables.claimId(execution);
        LegalCollectionTiming timing = start.earliest(claims.require(claimId), LocalDate.now(clock));
        execution.setVariable(ProcessContract.Variables.LEGAL_COLLECTION_AT,
                ProcessVariables.startOfDay(timing.earliest()));
        log.info("Claim {}: legal collection not before {}: {}", claimId, timing.earliest(), timing.explanation());
    }
}

package fi.saatava.gateway.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.DraftDecision;
import fi.saatava.law.calendar.FinnishCalendar;
import fi.saatava.law.schedule.TrattaPublicationWindow;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets {@code draftPublicationAt}: the first banking day the sent tratta may be published, 14 days after it was sent
 * at the earliest (PerintäL 7 § 6 mom, spec §2.7). Fails, and after the retries raises an incident, once the 60-day
 * window has closed: publishing then would be unlawful, and an operator must move the claim on.
 */
@Component(ProcessContract.Delegates.SCHEDULE_DRAFT_PUBLICATION)
class ScheduleDraftPublicationDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ScheduleDraftPublicationDelegate.class);

    private final ClaimRepository claims;
    private final DraftDecision drafts;
    private final Clock clock;

    ScheduleDraftPublicationDelegate(ClaimRepository claims, DraftDecision drafts, Clock clock) {
        this.claims = claims;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID claimId = ProcessVariables.claimId(execution);
        TrattaPublicationWindow window = drafts.publicationWindow(claims.require(claimId))
                .orElseThrow(() -> new IllegalStateException("Claim " + claimId + " has no tratta reported "
                        + "dispatched, so its publication window is unknown"));
        LocalDate today = LocalDate.now(clock);
        LocalDate publishOn = FinnishCalendar.nextBankingDay(today.isAfter(window.earliest()) ? today
                : window.earliest());
        if (!window.contains(publishOn)) {
            throw new IllegalStateException("The tratta of claim " + claimId + " may be published only until "
                    + window.latest() + " (PerintäL 7 § 6 mom); do not publish it: move the claim on to legal "
                    + "collection in Cockpit");
        }
        execution.setVariable(ProcessContract.Variables.DRAFT_PUBLICATION_AT, ProcessVariables.startOfDay(publishOn));
        log.info("Claim {}: tratta publication on {} (window {} – {})", claimId, publishOn, window.earliest(),
                window.latest());
    }
}

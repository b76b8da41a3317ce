package fi.saatava.gateway.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.problem.ConflictException;
import fi.saatava.gateway.process.ClaimMessages;
import fi.saatava.law.calendar.FinnishCalendar;
import fi.saatava.process.ProcessContract.InsolvencyStatuses;
import fi.saatava.process.ProcessContract.Messages;
import fi.saatava.process.ProcessContract.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Insolvency proceedings and deaths (spec §11): an operator records the notice (which freezes collection through the
 * claim's process), the insolvency process records the freeze, a confirmed payment programme and the end of the
 * proceedings. While proceedings run the claim gets no letters or fees from collection: the process waits in them.
 */
@Service
public class InsolvencyProceedings {

    private static final Logger log = LoggerFactory.getLogger(InsolvencyProceedings.class);

    static final String ENDED_COLLECTION_RESUMES = "COLLECTION_RESUMES";

    private final InsolvencyRepository proceedings;
    private final ClaimRepository claims;
    private final ClaimMessages messages;
    private final Clock clock;

    InsolvencyProceedings(InsolvencyRepository proceedings, ClaimRepository claims, ClaimMessages messages,
                          Clock clock) {
        this.proceedings = proceedings;
        this.claims = claims;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param created   whether the notice opened new proceedings (false: it completed the running ones)
     * @param delivered whether the claim's process took the notice; false when it already waits in the proceedings
     *                  or has ended
     */
    public record Notice(InsolvencyProceeding proceeding, boolean created, boolean delivered) {
    }

    /**
     * Records the court's or the administrator's notice: new proceedings freeze collection (the claim's process gets
     * {@code saatava.insolvencyNotified}, or {@code saatava.debtorDeceased} for a death); a notice about the running
     * proceedings completes their details.
     *
     * @throws ConflictException if the claim is closed, or other proceedings of a different kind are running
     */
    @Transactional
    public Notice notify(UUID claimId, InsolvencyProceeding.Details details) {
        Claim claim = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        if (claim.closure() != null) {
            throw new ConflictException("Claim " + claimId + " was closed (" + claim.closure().reason() + ")");
        }
        Optional<InsolvencyProceeding> running = proceedings.lockRunning(claimId);
        if (running.isPresent()) {
            if (!running.get().procedure().equals(details.procedure())) {
                throw new ConflictException("Claim " + claimId + " is in " + running.get().procedure()
                        + " proceedings; record their end before a " + details.procedure() + " notice");
            }
            proceedings.update(running.get().id(), details);
            log.info("Claim {}: {} proceedings completed", claimId, details.procedure());
            return new Notice(proceedings.running(claimId).orElseThrow(), false, false);
        }
        proceedings.insert(claimId, details, clock.instant());
        boolean deceased = InsolvencyStatuses.DECEASED_ESTATE.equals(details.procedure());
        boolean delivered = messages.deliver(claimId,
                deceased ? Messages.DEBTOR_DECEASED : Messages.INSOLVENCY_NOTIFIED,
                Map.of(Variables.INSOLVENCY_STATUS, details.procedure()));
        log.info("Claim {}: {} notified{}", claimId, details.procedure(),
                delivered ? "" : "; no process of the claim was waiting for it");
        return new Notice(proceedings.running(claimId).orElseThrow(), true, delivered);
    }

    /** The insolvency process froze collection: records it against the running proceedings, opening them if needed. */
    public void freeze(UUID claimId, String procedure) {
        InsolvencyProceeding proceeding = proceedings.lockRunning(claimId).orElseGet(() -> {
            // The credit check found the proceedings: their details wait for an operator's notice.
            proceedings.insert(claimId, new InsolvencyProceeding.Details(procedure, null, null, null, null),
                    clock.instant());
            return proceedings.running(claimId).orElseThrow();
        });
        proceedings.markFrozen(proceeding.id(), clock.instant());
        log.info("Claim {}: collection frozen for {} proceedings", claimId, proceeding.procedure());
    }

    /** The proceedings ended without settling the claim: collection resumes. */
    public void lift(UUID claimId) {
        proceedings.lockRunning(claimId).ifPresent(proceeding -> {
            proceedings.end(proceeding.id(), ENDED_COLLECTION_RESUMES, clock.instant());
            log.info("Claim {}: {} proceedings ended, collection resumes", claimId, proceeding.procedure());
        });
    }

    /**
     * A confirmed payment programme (VJL, YSL; spec §11.2–11.3): only its payments may be accepted (VanhL 17 § 2 mom).
     *
     * @return the day the programme's end is checked: its last day, moved to the next banking day
     */
    public LocalDate recordProgramme(UUID claimId, LocalDate endDate) {
        InsolvencyProceeding proceeding = proceedings.lockRunning(claimId).orElseThrow(() -> new IllegalStateException(
                "Claim " + claimId + " has no running proceedings to record a payment programme for"));
        proceedings.recordProgrammeEnd(proceeding.id(), endDate);
        log.info("Claim {}: payment programme until {}", claimId, endDate);
        return FinnishCalendar.nextBankingDay(endDate);
    }

    public Optional<InsolvencyProceeding> running(UUID claimId) {
        return proceedings.running(claimId);
    }

    /** @throws ClaimNotFoundException for an unknown claim */
    public List<InsolvencyProceeding> all(UUID claimId) {
        claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        return proceedings.all(claimId);
    }
}

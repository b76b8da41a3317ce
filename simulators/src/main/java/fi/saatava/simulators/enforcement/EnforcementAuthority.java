package fi.saatava.simulators.enforcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.law.enforcement.RemittanceFee;
import fi.saatava.law.money.Money;
import fi.saatava.simulators.mailbox.Mailbox;
import fi.saatava.simulators.recording.Resettable;

/**
 * The enforcement authority's side (Ulosottolaitos): a received application becomes a case, and what enforcement
 * achieves ({@link EnforcementScript}) is reported as events after {@code saatava.simulators.enforcement.outcome-delay}.
 */
@Component
public class EnforcementAuthority implements Resettable {

    static final String OFFICE = "Ulosottolaitos";
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final int PASSIVE_YEARS = 2;

    private final Clock clock;
    private final Duration outcomeDelay;
    private final Mailbox<EnforcementEvent> events;
    private final AtomicInteger lastCase = new AtomicInteger();

    public EnforcementAuthority(Clock clock,
            @Value("${saatava.simulators.enforcement.outcome-delay:30s}") Duration outcomeDelay) {
        this.clock = clock;
        this.outcomeDelay = outcomeDelay;
        this.events = new Mailbox<>(clock, EnforcementEvent::eventId);
    }

    /** Opens the case and schedules what enforcement achieves; called once per filing (the journal dedupes). */
    EnforcementReceipt receive(String filingId, JsonNode application, EnforcementScript script) {
        Instant now = clock.instant();
        String caseNumber = "UO %d/%06d".formatted(LocalDate.ofInstant(now, FINLAND).getYear(),
                lastCase.incrementAndGet());
        Money amount = EnforcementApplicationChecks.amountToCollect(application);
        Case enforcement = new Case(filingId, application.path("applicantReference").asText(), caseNumber,
                application.path("passiveRegistration").asBoolean());
        Instant first = now.plus(outcomeDelay);
        switch (script) {
            case PAID_IN_FULL -> remit(enforcement, 1, "PAID_IN_FULL", amount, first);
            case PARTIAL_THEN_PAID -> {
                Money half = Money.ofCents(amount.cents() / 2);
                remit(enforcement, 1, "PARTIAL_REMITTANCE", half, first);
                remit(enforcement, 2, "PAID_IN_FULL", amount.minus(half), first.plus(outcomeDelay));
            }
            case NO_ASSETS -> certifyNoAssets(enforcement, first);
            case NO_OUTCOME -> {
                // enforcement goes on; nothing to report
            }
        }
        return new EnforcementReceipt(filingId, caseNumber, OFFICE, amount.toString(), now, "PENDING");
    }

    public List<EnforcementEvent> events() {
        return events.unacknowledged();
    }

    public boolean acknowledge(String eventId) {
        return events.acknowledge(eventId);
    }

    @Override
    public void reset() {
        events.clear();
        lastCase.set(0);
    }

    private record Case(String filingId, String reference, String caseNumber, boolean passive) {
    }

    private void remit(Case c, int sequence, String outcome, Money collected, Instant at) {
        Money fee = RemittanceFee.of(collected);
        events.post(new EnforcementEvent("UE-" + UUID.randomUUID(), c.filingId(), c.reference(), c.caseNumber(),
                sequence, outcome, collected.toString(), fee.toString(), collected.minus(fee).toString(),
                LocalDate.ofInstant(at, FINLAND), null, null), at);
    }

    /** UK 3:95 obstacle certificate; passive registration for 2 years from it when requested (UK 3:102). */
    private void certifyNoAssets(Case c, Instant at) {
        LocalDate certificate = LocalDate.ofInstant(at, FINLAND);
        events.post(new EnforcementEvent("UE-" + UUID.randomUUID(), c.filingId(), c.reference(), c.caseNumber(), 1,
                "NO_ASSETS", null, null, null, null, certificate,
                c.passive() ? certificate.plusYears(PASSIVE_YEARS) : null), at);
    }
}

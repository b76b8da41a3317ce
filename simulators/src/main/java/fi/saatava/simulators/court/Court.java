package fi.saatava.simulators.court;

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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.saatava.simulators.mailbox.Mailbox;
import fi.saatava.simulators.recording.Resettable;

/**
 * The district court's side: a received application gets a case number at once, and the court's decision
 * ({@link CourtScript}) appears in the judgment register after {@code saatava.simulators.court.decision-delay}.
 */
@Component
public class Court implements Resettable {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final Clock clock;
    private final Duration decisionDelay;
    private final Mailbox<CourtDecision> register;
    private final AtomicInteger lastCase = new AtomicInteger();

    public Court(Clock clock, @Value("${saatava.simulators.court.decision-delay:30s}") Duration decisionDelay) {
        this.clock = clock;
        this.decisionDelay = decisionDelay;
        this.register = new Mailbox<>(clock, CourtDecision::decisionId);
    }

    /** Registers the case and schedules its decision; called once per filing (the journal dedupes). */
    SummonsReceipt receive(String filingId, JsonNode application, CourtScript script) {
        Instant now = clock.instant();
        String court = application.path("court").asText();
        String caseNumber = "S %02d/%d".formatted(LocalDate.ofInstant(now, FINLAND).getYear() % 100,
                10000 + lastCase.incrementAndGet());
        String reference = application.path("filerReference").asText();
        switch (script) {
            case DEFAULT_JUDGMENT -> decide(now.plus(decisionDelay), filingId, reference, court, caseNumber,
                    CourtScript.DEFAULT_JUDGMENT, application);
            case DELAYED_DEFAULT_JUDGMENT -> decide(now.plus(decisionDelay.multipliedBy(CourtScript.DELAY_FACTOR)),
                    filingId, reference, court, caseNumber, CourtScript.DEFAULT_JUDGMENT, application);
            case DISPUTED, DISMISSED -> decide(now.plus(decisionDelay), filingId, reference, court, caseNumber, script,
                    application);
            case NO_DECISION -> {
                // the court stays silent: the process's own timeout has to act
            }
        }
        return new SummonsReceipt(filingId, court, caseNumber, now, "RECEIVED");
    }

    public List<CourtDecision> decisions() {
        return register.unacknowledged();
    }

    public boolean acknowledge(String decisionId) {
        return register.acknowledge(decisionId);
    }

    @Override
    public void reset() {
        register.clear();
        lastCase.set(0);
    }

    private void decide(Instant at, String filingId, String reference, String court, String caseNumber,
            CourtScript decision, JsonNode application) {
        JsonNode awarded = null;
        String reason = null;
        if (decision == CourtScript.DEFAULT_JUDGMENT) {
            ObjectNode judgment = JsonNodeFactory.instance.objectNode();
            judgment.set("claims", application.path("claims").deepCopy());
            judgment.set("legalCosts", application.path("legalCosts").deepCopy());
            awarded = judgment;
        } else if (decision == CourtScript.DISMISSED) {
            reason = "The defendant has been declared bankrupt; no new action lies against the estate (KonkL 3:4)";
        }
        register.post(new CourtDecision("KD-" + UUID.randomUUID(), filingId, reference, court, caseNumber, 1,
                decision.name(), LocalDate.ofInstant(at, FINLAND), awarded, reason), at);
    }
}

package fi.saatava.worker.letters;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.kit.http.RemoteRejectedException;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.TaskVariables;
import fi.saatava.worker.kit.task.TaskWorker;
import fi.saatava.worker.letters.delivery.Outbox;
import fi.saatava.worker.letters.gateway.DispatchReport;
import fi.saatava.worker.letters.gateway.LetterGatewayClient;
import fi.saatava.worker.letters.gateway.LetterSnapshot;
import fi.saatava.worker.letters.render.LetterRenderer;

/**
 * Sends one letter ({@code letter-send}): fetches the snapshot the gateway took when the letter task started,
 * renders it, stores the PDF at the gateway and in the outbox, and reports the dispatch. Idempotent on the letter
 * id: a redelivered task whose letter was already dispatched only completes, and one that crashed half-way reuses
 * the PDF already in the outbox, so every copy of a letter is the same document under the same name. A letter the
 * gateway voided meanwhile (409 from the dispatch report) is withdrawn and the task completed without sending.
 */
@ExternalTaskSubscription(topicName = Topics.LETTER_SEND, variableNames = Variables.LETTER_ID)
public class SendLetterWorker extends TaskWorker {

    static final String CHANNEL_OUTBOX = "OUTBOX";

    private static final Logger log = LoggerFactory.getLogger(SendLetterWorker.class);

    private final LetterGatewayClient gateway;
    private final LetterRenderer renderer;
    private final Outbox outbox;
    private final Clock clock;

    public SendLetterWorker(ExternalTaskTemplate template, LetterGatewayClient gateway, LetterRenderer renderer,
            Outbox outbox, Clock clock) {
        super(template);
        this.gateway = gateway;
        this.renderer = renderer;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> work(ExternalTask task) {
        UUID letterId = TaskVariables.requiredUuid(task, Variables.LETTER_ID);
        LetterSnapshot letter = gateway.letter(letterId);
        if (letter.isDispatched()) {
            log.info("Letter {} was already dispatched ({}) at {}", letterId, letter.dispatchChannel(),
                    letter.dispatchedAt());
            return Map.of();
        }
        byte[] pdf = outbox.read(letterId).orElseGet(() -> {
            byte[] rendered = renderer.render(letter);
            outbox.write(letterId, rendered);
            return rendered;
        });
        gateway.uploadDocument(letterId, pdf);
        try {
            gateway.reportDispatch(letterId, new DispatchReport(CHANNEL_OUTBOX, clock.instant()));
        } catch (RemoteRejectedException e) {
            if (e.status() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            // the task was cancelled (payment, dispute, withdrawal…) while we rendered: the gateway voided the
            // letter, so it must not go out (docs/contracts.md)
            outbox.delete(letterId);
            log.warn("Letter {} was voided before its dispatch; withdrawn from the outbox", letterId);
            return Map.of();
        }
        log.info("Letter {} ({}, {}) written to {}", letterId, letter.type(), letter.language(),
                outbox.fileOf(letterId));
        return Map.of();
    }
}

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
import fi.saatava.worker.letters.delivery.DeliveryChannel;
import fi.saatava.worker.letters.delivery.DeliveryChannels;
import fi.saatava.worker.letters.delivery.Outbox;
import fi.saatava.worker.letters.gateway.DispatchReport;
import fi.saatava.worker.letters.gateway.LetterGatewayClient;
import fi.saatava.worker.letters.gateway.LetterSnapshot;
import fi.saatava.worker.letters.render.LetterRenderer;

/**
 * Sends one letter ({@code letter-send}): fetches the snapshot the gateway took when the letter task started,
 * renders it, writes it to the outbox, stores it at the gateway, hands it to the channel the snapshot names (print
 * house, e-mail or the outbox alone) and reports the dispatch. Idempotent on the letter id: a redelivered task
 * whose letter was already dispatched only completes; one that crashed half-way reuses the PDF already in the
 * outbox (every copy of a letter is the same document under the same name) and the print house dedupes by the
 * letter id. A letter the gateway voided (snapshot {@code voided}, or 409 from the dispatch report) is withdrawn
 * from the outbox and the task completed without sending.
 */
@ExternalTaskSubscription(topicName = Topics.LETTER_SEND, variableNames = Variables.LETTER_ID)
public class SendLetterWorker extends TaskWorker {

    private static final Logger log = LoggerFactory.getLogger(SendLetterWorker.class);

    private final LetterGatewayClient gateway;
    private final LetterRenderer renderer;
    private final Outbox outbox;
    private final DeliveryChannels channels;
    private final Clock clock;

    public SendLetterWorker(ExternalTaskTemplate template, LetterGatewayClient gateway, LetterRenderer renderer,
            Outbox outbox, DeliveryChannels channels, Clock clock) {
        super(template);
        this.gateway = gateway;
        this.renderer = renderer;
        this.outbox = outbox;
        this.channels = channels;
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
        if (letter.isVoided()) {
            return withdraw(letterId);
        }
        DeliveryChannel channel = channels.get(letter.deliveryOrOutbox().channel());
        byte[] pdf = outbox.read(letterId).orElseGet(() -> {
            byte[] rendered = renderer.render(letter);
            outbox.write(letterId, rendered);
            return rendered;
        });
        gateway.uploadDocument(letterId, pdf);
        channel.send(letter, pdf);
        try {
            gateway.reportDispatch(letterId, new DispatchReport(channel.name(), clock.instant()));
        } catch (RemoteRejectedException e) {
            if (e.status() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            log.error("Letter {} was voided while it was being sent via {}; it may have reached the debtor",
                    letterId, channel.name());
            return withdraw(letterId);
        }
        log.info("Letter {} ({}, {}) dispatched via {}", letterId, letter.type(), letter.language(), channel.name());
        return Map.of();
    }

    /** The task was cancelled (payment, dispute, withdrawal…) and the gateway voided the letter: it must not go out. */
    private Map<String, Object> withdraw(UUID letterId) {
        outbox.delete(letterId);
        log.warn("Letter {} was voided; withdrawn from the outbox, task completed without sending", letterId);
        return Map.of();
    }
}

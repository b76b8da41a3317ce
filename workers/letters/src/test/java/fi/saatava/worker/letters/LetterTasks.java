package fi.saatava.worker.letters;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.camunda.bpm.client.task.ExternalTask;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;

/** A delivered {@code letter-send} task for the sample letter, the worker's clock and the gateway's snapshot. */
public final class LetterTasks {

    public static final String LETTER_ID = SampleLetters.LETTER_ID.toString();
    /** The gateway path of the sample letter. */
    public static final String LETTER = "/api/internal/letters/" + LETTER_ID;
    public static final String NOW = "2025-11-21T09:30:00Z";

    private LetterTasks() {
    }

    /** A first delivery (no retries yet) of the task that sends the sample letter. */
    public static ExternalTask deliveredTask() {
        ExternalTask task = mock(ExternalTask.class);
        when(task.getId()).thenReturn("ext-task-7");
        when(task.getTopicName()).thenReturn(Topics.LETTER_SEND);
        when(task.getRetries()).thenReturn(null);
        when(task.getVariable(Variables.LETTER_ID)).thenReturn(LETTER_ID);
        return task;
    }

    /** The sample snapshot as the gateway serves it (docs/contracts.md), before dispatch. */
    public static String snapshotJson() {
        try {
            return new ClassPathResource("fi/saatava/worker/letters/snapshot-first-demand.json")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worker's clock stands at {@link #NOW}. */
    @TestConfiguration
    public static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);
        }
    }
}

package fi.saatava.gateway.legal;

import java.time.Instant;
import java.time.LocalDate;

/** A post-collection step as scheduled: one of {@code ProcessContract.PostCollectionSteps}, due on a day. */
public record PostCollectionStepRecord(String step, LocalDate dueOn, String explanation, Instant recordedAt) {
}

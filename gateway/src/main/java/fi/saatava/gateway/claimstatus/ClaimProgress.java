package fi.saatava.gateway.claimstatus;

import java.time.Instant;

/**
 * A claim's status and stage as stored.
 *
 * @param stage          {@code null} before its process reached the first stage
 * @param stageChangedAt when it entered the stage
 */
record ClaimProgress(ClaimStatus status, ClaimStage stage, Instant stageChangedAt) {
}

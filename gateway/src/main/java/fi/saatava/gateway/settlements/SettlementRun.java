package fi.saatava.gateway.settlements;

import java.time.Instant;
import java.util.UUID;

/**
 * @param cutoff         entries booked up to this instant are settled by the run
 * @param transferFileId the pain.001 file paying its settlements, null until written or when nothing was payable
 * @param finishedAt     when its transfers were written, null while it runs
 */
public record SettlementRun(UUID id, String processInstanceId, Instant startedAt, Instant cutoff,
                            UUID transferFileId, Instant finishedAt) {
}

package fi.saatava.worker.kit.filing;

import java.time.Instant;

/**
 * Body of {@code POST /api/internal/filings/{filingId}/receipt}: an authority accepted a filing. The gateway records
 * the first receipt per filing (the day a suit or an enforcement application interrupts limitation, VanhL 11 §;
 * spec §7) and answers a repeated one with the first.
 *
 * @param authority  the court, enforcement office or administrator that accepted it
 * @param reference  its case number or lodging id
 * @param fee        a fee the authority charged for this filing (a late lodging fee), string with two decimals, or null
 */
public record FilingReceipt(String authority, String reference, Instant receivedAt, String fee) {
}

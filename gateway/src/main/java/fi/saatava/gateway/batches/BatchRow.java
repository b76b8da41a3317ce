package fi.saatava.gateway.batches;

import java.util.UUID;

/**
 * A row waiting to be processed, with what it takes to process it.
 *
 * @param content the JSON line, or for CSV the row's cells by column as a JSON object
 */
record BatchRow(UUID batchId, int rowNumber, UUID creditorId, BatchFormat format, String content) {
}

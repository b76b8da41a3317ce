package fi.saatava.simulators.draftregistry;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A registered tratta. {@code status}: REGISTERED, PUBLISHED (a payment-default entry exists), or REMOVED after a
 * payment notice.
 */
record Draft(String draftId, String creditorBusinessId, String creditorReference, JsonNode debtor, String status,
        String entryId) {

    Draft with(String newStatus, String newEntryId) {
        return new Draft(draftId, creditorBusinessId, creditorReference, debtor, newStatus, newEntryId);
    }
}

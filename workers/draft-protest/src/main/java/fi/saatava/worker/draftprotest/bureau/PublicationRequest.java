package fi.saatava.worker.draftprotest.bureau;

/** Body of {@code POST /drafts/{draftId}/publication}: the claim the tratta must belong to. */
public record PublicationRequest(String creditorReference) {
}

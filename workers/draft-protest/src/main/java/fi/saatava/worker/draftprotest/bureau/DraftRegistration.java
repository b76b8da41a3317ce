package fi.saatava.worker.draftprotest.bureau;

import java.time.LocalDate;

/** The bureau's answer to a registration: its id of the tratta and the publication window it states. */
public record DraftRegistration(String draftId, String status, String creditorReference, LocalDate publishableFrom,
        LocalDate publishableUntil) {
}

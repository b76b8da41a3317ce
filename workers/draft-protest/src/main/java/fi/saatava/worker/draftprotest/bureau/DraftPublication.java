package fi.saatava.worker.draftprotest.bureau;

import java.time.LocalDate;

/** The payment-default entry the published tratta became (kept at most 3 years, LTL 28 § 1 mom 7 k). */
public record DraftPublication(String draftId, String entryId, String status, String entryType, LocalDate publishedOn,
        LocalDate keptUntil) {
}

package fi.saatava.worker.draftprotest.bureau;

import java.time.LocalDate;
import java.util.List;

/** The bureau's answer to a payment notice: the entries it removes, by when (LTL 18 § 2 mom, 28 § 2 mom). */
public record PaymentNoticeReceipt(String noticeId, String creditorReference, LocalDate receivedOn,
        List<String> removedEntries, LocalDate removalDueBy) {
}

package fi.saatava.gateway.iso20022;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A camt.054.001.02 BankToCustomerDebitCreditNotification as the agency uses it.
 *
 * @param messageId    the bank's GrpHdr/MsgId
 * @param createdAt    GrpHdr/CreDtTm
 * @param transactions the booked transactions of every notification in the file, in file order; entries not booked
 *                     yet (status PDNG or INFO) are left out, as they move no money
 */
public record Camt054Notification(String messageId, OffsetDateTime createdAt, List<BankTransaction> transactions) {

    public Camt054Notification {
        transactions = List.copyOf(transactions);
    }
}

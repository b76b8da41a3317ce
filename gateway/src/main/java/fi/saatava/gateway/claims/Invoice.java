package fi.saatava.gateway.claims;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.law.money.Money;

/**
 * @param reminderSentOn the day the creditor sent its own reminder, {@code null} if it sent none
 * @param lines          the lines as the creditor itemised them, adding up to the principal; empty if it gave none
 */
public record Invoice(
        String number,
        LocalDate invoiceDate,
        LocalDate dueDate,
        Money principal,
        String description,
        LocalDate reminderSentOn,
        List<InvoiceLine> lines) {

    public Invoice {
        lines = List.copyOf(lines);
    }

    public boolean reminderSentByCreditor() {
        return reminderSentOn != null;
    }
}

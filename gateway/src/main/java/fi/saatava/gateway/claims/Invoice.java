package fi.saatava.gateway.claims;

import java.time.LocalDate;

import fi.saatava.law.money.Money;

/**
 * @param reminderSentOn the day the creditor sent its own reminder, {@code null} if it sent none
 */
public record Invoice(
        String number,
        LocalDate invoiceDate,
        LocalDate dueDate,
        Money principal,
        String description,
        LocalDate reminderSentOn) {

    public boolean reminderSentByCreditor() {
        return reminderSentOn != null;
    }
}

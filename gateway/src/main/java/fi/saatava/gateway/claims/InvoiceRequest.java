package fi.saatava.gateway.claims;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.gateway.claims.validation.DueDateNotBeforeInvoiceDate;
import fi.saatava.gateway.claims.validation.LinesAddUpToPrincipal;
import fi.saatava.gateway.claims.validation.Overdue;
import fi.saatava.gateway.claims.validation.PositiveEuroAmount;
import fi.saatava.gateway.claims.validation.ValidReminderDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The unpaid invoice behind a claim.
 *
 * @param principal           euros with two decimals as a string, e.g. {@code "120.00"}; greater than zero
 * @param description         what the invoice was for: the basis of the claim every demand must state (PerintäL 5 a §)
 * @param reminderAlreadySent whether the creditor already sent a reminder after the due date
 * @param reminderSentOn      the day the creditor's reminder was sent; required exactly when it was sent
 * @param lines               the invoice's lines (optional, at most 100): they must add up to the principal
 */
@DueDateNotBeforeInvoiceDate
@ValidReminderDate
@LinesAddUpToPrincipal
@Overdue
public record InvoiceRequest(
        @NotBlank @Size(max = 50) String number,
        @NotNull LocalDate invoiceDate,
        @NotNull LocalDate dueDate,
        @NotNull @PositiveEuroAmount String principal,
        @NotBlank @Size(max = 500) String description,
        @NotNull Boolean reminderAlreadySent,
        LocalDate reminderSentOn,
        @Size(max = 100) List<@NotNull @Valid InvoiceLineRequest> lines) {
}

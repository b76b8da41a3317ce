package fi.saatava.gateway.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fi.saatava.gateway.claims.validation.PositiveEuroAmount;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Something the creditor reports about a claim. {@code type} says which; {@code eventReference} is the creditor's
 * own id for the report, unique per claim, so a report is safe to retry.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CreditorEventRequest.DirectPayment.class, name = "DIRECT_PAYMENT"),
        @JsonSubTypes.Type(value = CreditorEventRequest.CreditNote.class, name = "CREDIT_NOTE"),
        @JsonSubTypes.Type(value = CreditorEventRequest.AdditionalClaim.class, name = "ADDITIONAL_CLAIM"),
        @JsonSubTypes.Type(value = CreditorEventRequest.Withdrawal.class, name = "WITHDRAWAL"),
        @JsonSubTypes.Type(value = CreditorEventRequest.DisputeNotice.class, name = "DISPUTE_NOTICE")})
@Schema(discriminatorProperty = "type", oneOf = {CreditorEventRequest.DirectPayment.class,
        CreditorEventRequest.CreditNote.class, CreditorEventRequest.AdditionalClaim.class,
        CreditorEventRequest.Withdrawal.class, CreditorEventRequest.DisputeNotice.class},
        discriminatorMapping = {
                @DiscriminatorMapping(value = "DIRECT_PAYMENT", schema = CreditorEventRequest.DirectPayment.class),
                @DiscriminatorMapping(value = "CREDIT_NOTE", schema = CreditorEventRequest.CreditNote.class),
                @DiscriminatorMapping(value = "ADDITIONAL_CLAIM", schema = CreditorEventRequest.AdditionalClaim.class),
                @DiscriminatorMapping(value = "WITHDRAWAL", schema = CreditorEventRequest.Withdrawal.class),
                @DiscriminatorMapping(value = "DISPUTE_NOTICE", schema = CreditorEventRequest.DisputeNotice.class)})
public sealed interface CreditorEventRequest {

    String eventReference();

    /** The kind, from {@code type} in the JSON (not written twice when the event is stored). */
    @JsonIgnore
    CreditorEventType type();

    /** The debtor paid the creditor directly: the ledger books it as a payment allocated by law. */
    record DirectPayment(
            @NotBlank @Size(max = 100) String eventReference,
            @NotNull @PositiveEuroAmount String amount,
            @NotNull LocalDate paidOn,
            @Size(max = 500) String description) implements CreditorEventRequest {

        @Override
        public CreditorEventType type() {
            return CreditorEventType.DIRECT_PAYMENT;
        }
    }

    /** The creditor reduced the invoice: the principal goes down from {@code date}. */
    record CreditNote(
            @NotBlank @Size(max = 100) String eventReference,
            @NotNull @PositiveEuroAmount String amount,
            @NotNull LocalDate date,
            @Size(max = 50) String creditNoteNumber,
            @Size(max = 500) String description) implements CreditorEventRequest {

        @Override
        public CreditorEventType type() {
            return CreditorEventType.CREDIT_NOTE;
        }
    }

    /** A further overdue invoice of the same debtor, collected with the claim; interest runs from its due date. */
    record AdditionalClaim(
            @NotBlank @Size(max = 100) String eventReference,
            @NotNull @PositiveEuroAmount String amount,
            @NotBlank @Size(max = 50) String invoiceNumber,
            @NotNull LocalDate invoiceDate,
            @NotNull LocalDate dueDate,
            @NotBlank @Size(max = 500) String description) implements CreditorEventRequest {

        @Override
        public CreditorEventType type() {
            return CreditorEventType.ADDITIONAL_CLAIM;
        }
    }

    /** The creditor takes the claim back: collection stops and the claim is closed as WITHDRAWN. */
    record Withdrawal(
            @NotBlank @Size(max = 100) String eventReference,
            @NotBlank @Size(max = 500) String reason) implements CreditorEventRequest {

        @Override
        public CreditorEventType type() {
            return CreditorEventType.WITHDRAWAL;
        }
    }

    /** The debtor disputed the claim with the creditor: collection stops until it is assessed (PerintäL 4 b §). */
    record DisputeNotice(
            @NotBlank @Size(max = 100) String eventReference,
            @NotNull LocalDate receivedOn,
            @NotBlank @Size(max = 1000) String reason) implements CreditorEventRequest {

        @Override
        public CreditorEventType type() {
            return CreditorEventType.DISPUTE_NOTICE;
        }
    }
}

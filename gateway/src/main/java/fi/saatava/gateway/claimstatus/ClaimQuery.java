package fi.saatava.gateway.claimstatus;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The filters of {@code GET /api/v1/claims}; every one is optional.
 *
 * @param status       OPEN, PAID, CLOSED or ENDED
 * @param stage        a {@link ClaimStage}
 * @param debtorType   CONSUMER or BUSINESS
 * @param receivedFrom received on or after this day (Finnish time)
 * @param receivedTo   received on or before this day
 * @param dueFrom      invoice due on or after this day
 * @param dueTo        invoice due on or before this day
 * @param page         zero-based page number, default 0
 * @param size         claims per page, 1–200, default 50
 */
record ClaimQuery(
        @Pattern(regexp = "OPEN|PAID|CLOSED|ENDED", message = "must be OPEN, PAID, CLOSED or ENDED") String status,
        @Pattern(regexp = "CREDIT_CHECK|AWAITING_CREDITOR|REMINDER|FIRST_DEMAND|SECOND_DEMAND|TRATTA|DISPUTE|"
                + "PAYMENT_PLAN|LEGAL_COLLECTION|POST_COLLECTION|INSOLVENCY", message = "must be a claim stage, "
                + "e.g. FIRST_DEMAND") String stage,
        @Pattern(regexp = "CONSUMER|BUSINESS", message = "must be CONSUMER or BUSINESS") String debtorType,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        LocalDate dueFrom,
        LocalDate dueTo,
        @Min(0) Integer page,
        @Min(1) @Max(200) Integer size) {

    int pageNumber() {
        return page == null ? 0 : page;
    }

    int pageSize() {
        return size == null ? 50 : size;
    }
}

package fi.saatava.simulators.draftregistry;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.RequestChecks;

/** What the bureau's tratta register refuses (PerintäL 7 §, spec §2.7). */
final class DraftChecks {

    /** PerintäL 7 § 3 mom (299/2022): the prior reminder's deadline must be at least 10 days. */
    static final int MIN_REMINDER_DAYS = 10;

    private DraftChecks() {
    }

    static List<FieldProblem> registration(JsonNode body) {
        RequestChecks checks = new RequestChecks(body);
        creditorAndReference(checks);
        checks.require("BUSINESS".equals(body.path("debtor").path("type").asText()), "debtor.type",
                "a tratta may not be used against a consumer (PerintäL 7 § 2 mom)");
        checks.identityCode("debtor.identityCode", true);
        checks.text("debtor.name");
        checks.amount("amount");
        checks.require("EUR".equals(body.path("currency").asText()), "currency", "must be EUR");
        checks.text("invoice.number");
        LocalDate sentOn = checks.date("sentOn");
        checks.date("dueDate");
        LocalDate reminderSentOn = checks.date("reminderSentOn");
        LocalDate reminderDeadline = checks.date("reminderDeadline");
        if (reminderSentOn != null && reminderDeadline != null) {
            checks.require(!reminderDeadline.isBefore(reminderSentOn.plusDays(MIN_REMINDER_DAYS)), "reminderDeadline",
                    "the prior reminder must give at least 10 days (PerintäL 7 § 3 mom)");
        }
        if (sentOn != null && reminderDeadline != null) {
            checks.require(sentOn.isAfter(reminderDeadline), "sentOn",
                    "a tratta may be sent only after the reminder's deadline has passed (PerintäL 7 § 3 mom)");
        }
        return checks.problems();
    }

    static List<FieldProblem> paymentNotice(JsonNode body) {
        RequestChecks checks = new RequestChecks(body);
        creditorAndReference(checks);
        String type = checks.oneOf("debtor.type", List.of("CONSUMER", "BUSINESS"));
        if (type != null) {
            checks.identityCode("debtor.identityCode", "BUSINESS".equals(type));
        }
        checks.date("paidOn");
        return checks.problems();
    }

    static List<FieldProblem> publication(JsonNode body, Draft draft) {
        RequestChecks checks = new RequestChecks(body);
        String reference = checks.text("creditorReference");
        if (reference != null) {
            checks.require(reference.equals(draft.creditorReference()), "creditorReference",
                    "does not match the registered tratta");
        }
        return checks.problems();
    }

    private static void creditorAndReference(RequestChecks checks) {
        checks.text("creditor.name");
        checks.identityCode("creditor.businessId", true);
        checks.text("creditorReference");
    }
}

package fi.saatava.simulators.enforcement;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.law.money.Money;
import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.RequestChecks;

/** What the enforcement interface refuses in an application (UK 3:2, 3:105; spec §9). */
final class EnforcementApplicationChecks {

    private static final List<String> PARTY_TYPES = List.of("CONSUMER", "BUSINESS");
    private static final List<String> TITLES = List.of("DEFAULT_JUDGMENT", "JUDGMENT", "DIRECTLY_ENFORCEABLE");

    private EnforcementApplicationChecks() {
    }

    static List<FieldProblem> problems(JsonNode body) {
        RequestChecks checks = new RequestChecks(body);
        checks.text("applicantReference");
        checks.text("applicant.name");
        checks.identityCode("applicant.businessId", true);
        checks.text("applicant.address.street");
        checks.iban("remittanceAccount.iban");
        checks.text("remittanceAccount.holder");
        checks.text("respondent.name");
        String type = checks.oneOf("respondent.type", PARTY_TYPES);
        if (type != null) {
            checks.identityCode("respondent.identityCode", "BUSINESS".equals(type));
        }
        checks.oneOf("title.kind", TITLES);
        checks.text("title.court");
        checks.text("title.caseNumber");
        checks.date("title.date");
        Money claimed = sum(checks, checks.nonEmptyArray("claims"), "claims", true);
        Money paid = sum(checks, checks.node("paymentsSinceTitle"), "paymentsSinceTitle", false);
        if (claimed != null && paid != null) {
            checks.require(claimed.isGreaterThan(paid), "paymentsSinceTitle",
                    "the payments since the title leave nothing to collect");
        }
        boolean passive = checks.flag("passiveRegistration");
        boolean summary = checks.flag("summaryEnforcement");
        checks.require(!(passive && summary), "passiveRegistration",
                "passive registration is not available after summary enforcement (UK 3:105)");
        return checks.problems();
    }

    /** The amounts of the items; items of claims without an amount (interest at a rate) are not summed. */
    private static Money sum(RequestChecks checks, JsonNode items, String path, boolean rateAllowed) {
        Money total = Money.ZERO;
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            RequestChecks item = checks.within(path + "[" + i + "]", items.get(i));
            if (rateAllowed && item.present("rate")) {
                item.date("from");
                continue;
            }
            if (!rateAllowed) {
                item.date("date");
            }
            Money amount = item.amount("amount");
            if (amount == null) {
                complete = false;
            } else {
                total = total.plus(amount);
            }
        }
        return complete ? total : null;
    }

    /** The amount the authority will collect: the claims' amounts less the payments since the title. */
    static Money amountToCollect(JsonNode body) {
        return sum(new RequestChecks(body), body.path("claims"), "claims", true)
                .minus(sum(new RequestChecks(body), body.path("paymentsSinceTitle"), "paymentsSinceTitle", false));
    }
}

package fi.saatava.simulators.court;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.RequestChecks;

/** What the court's interface refuses in a summons application (OK 5:2, 5:3; spec §8). */
final class SummonsApplicationChecks {

    private static final List<String> PARTY_TYPES = List.of("CONSUMER", "BUSINESS");

    private SummonsApplicationChecks() {
    }

    static List<FieldProblem> problems(JsonNode body) {
        RequestChecks checks = new RequestChecks(body);
        checks.oneOf("court", SummaryCourts.NAMES);
        checks.require("SUMMARY_MONEY_CLAIM".equals(body.path("caseType").asText()), "caseType",
                "must be SUMMARY_MONEY_CLAIM");
        checks.text("filerReference");
        checks.require(body.path("undisputed").asBoolean(false), "undisputed",
                "a summary application requires the plaintiff to state the case is not disputed (OK 5:3)");
        checks.text("plaintiff.name");
        checks.identityCode("plaintiff.businessId", true);
        checks.text("plaintiff.address.street");
        checks.text("defendant.name");
        String type = checks.oneOf("defendant.type", PARTY_TYPES);
        if (type != null) {
            checks.identityCode("defendant.identityCode", "BUSINESS".equals(type));
        }
        checks.text("defendant.address.street");
        checks.text("defendant.address.postalCode");
        checks.text("defendant.address.city");
        JsonNode claims = checks.nonEmptyArray("claims");
        for (int i = 0; i < claims.size(); i++) {
            RequestChecks claim = checks.within("claims[" + i + "]", claims.get(i));
            claim.text("kind");
            if (claim.present("rate")) {
                claim.date("from");
            } else {
                claim.amount("amount");
            }
        }
        checks.text("facts");
        checks.nonEmptyArray("evidence");
        checks.amount("legalCosts.amount");
        checks.text("jurisdiction");
        checks.text("signature.name");
        checks.date("signature.signedOn");
        if (checks.present("consumerCredit")) {
            consumerCredit(checks.within("consumerCredit", body.path("consumerCredit")));
        }
        return checks.problems();
    }

    /** OK 5:3 2 mom (599/2019; 451/2023): the extra items of a consumer-credit claim. */
    private static void consumerCredit(RequestChecks credit) {
        credit.amount("creditAmount");
        credit.require(credit.node("termDays").canConvertToInt(), "termDays", "is required (days)");
        credit.text("contractInterest");
        credit.require(credit.node("creditCosts").isArray(), "creditCosts", "must itemise the credit costs");
        credit.text("annualPercentageRate");
        credit.flag("contractMadeAsRequired");
    }
}

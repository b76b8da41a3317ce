package fi.saatava.simulators.insolvency;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.law.money.Money;
import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.RequestChecks;

/** What an administrator's lodging interface refuses in a claim (KonkL 12:7, VJL 16 §, YSL 15 §; spec §11). */
final class InsolvencyClaimChecks {

    static final List<String> PROCEDURES = List.of("BANKRUPTCY", "DEBT_ADJUSTMENT", "RESTRUCTURING", "DECEASED_ESTATE");
    private static final List<String> PARTY_TYPES = List.of("CONSUMER", "BUSINESS");

    private InsolvencyClaimChecks() {
    }

    static List<FieldProblem> problems(JsonNode body) {
        RequestChecks checks = new RequestChecks(body);
        String procedure = checks.oneOf("procedure", PROCEDURES);
        checks.date("lodgingDeadline");
        checks.text("creditorReference");
        checks.text("creditor.name");
        checks.identityCode("creditor.businessId", true);
        checks.text("debtor.name");
        String type = checks.oneOf("debtor.type", PARTY_TYPES);
        if (type != null) {
            checks.identityCode("debtor.identityCode", "BUSINESS".equals(type));
        }
        Money principal = checks.amount("principal");
        Money interest = checks.amount("interestBeforeStart.amount");
        Money costs = Money.ZERO;
        JsonNode items = checks.node("costs");
        for (int i = 0; i < items.size(); i++) {
            Money cost = checks.within("costs[" + i + "]", items.get(i)).amount("amount");
            costs = cost == null ? costs : costs.plus(cost);
        }
        Money total = checks.amount("total");
        if (principal != null && interest != null && total != null) {
            checks.require(total.equals(principal.plus(interest).plus(costs)), "total",
                    "must be principal + interest before the start + costs");
        }
        if ("DEBT_ADJUSTMENT".equals(procedure) || "RESTRUCTURING".equals(procedure)) {
            checks.require(!checks.present("interestAfterStart"), "interestAfterStart",
                    "late interest stops at the start of debt adjustment or restructuring (VJL 16 §, YSL 15 § 2 mom)");
        } else if (checks.present("interestAfterStart")) {
            checks.text("interestAfterStart.rate");
            checks.date("interestAfterStart.from");
        }
        checks.text("basis");
        checks.text("contact.name");
        return checks.problems();
    }
}

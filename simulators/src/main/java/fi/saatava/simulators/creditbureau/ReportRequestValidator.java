package fi.saatava.simulators.creditbureau;

import java.util.ArrayList;
import java.util.List;

import fi.saatava.law.identifiers.Henkilotunnus;
import fi.saatava.law.identifiers.Validation;
import fi.saatava.law.identifiers.YTunnus;
import fi.saatava.simulators.web.FieldProblem;

/** Checks a report request like the bureau would; problems never repeat the identity code. */
final class ReportRequestValidator {

    private ReportRequestValidator() {
    }

    static List<FieldProblem> problems(ReportRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean person = "PERSON".equals(request.subjectType());
        boolean company = "COMPANY".equals(request.subjectType());
        if (!person && !company) {
            problems.add(new FieldProblem("subjectType", "must be PERSON or COMPANY"));
        }
        if (person || company) {
            Validation code = person ? Henkilotunnus.validate(request.identityCode())
                    : YTunnus.validate(request.identityCode());
            if (!code.valid()) {
                problems.add(new FieldProblem("identityCode", code.problem()));
            }
        }
        if (!"DEBT_COLLECTION".equals(request.purpose())) {
            problems.add(new FieldProblem("purpose", "must be DEBT_COLLECTION"));
        }
        return problems;
    }
}

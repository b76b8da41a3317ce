package fi.saatava.process.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.process.ProcessContract.Decisions;
import fi.saatava.process.ProcessContract.EnforcementRefilings;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.DecisionTable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnforcementRefilingDecisionTest {

    static final DecisionTable REFILING = DecisionTable.load(Decisions.ENFORCEMENT_REFILING);

    @ParameterizedTest(name = "{0}, score {1} -> {2}")
    @CsvSource({
            // never during insolvency proceedings, however able (spec §11 enforcement bans)
            "BANKRUPTCY,      90, WAIT",
            "DEBT_ADJUSTMENT, 60, WAIT",
            "RESTRUCTURING,   40, WAIT",
            // otherwise from score 40
            "NONE,            39, WAIT",
            "NONE,            40, REFILE",
            "NONE,           100, REFILE",
    })
    void refilesOnlyWhenAbilityImprovedOutsideInsolvency(String insolvencyStatus, int score, String expected) {
        assertThat(evaluate(insolvencyStatus, score)).isEqualTo(expected);
    }

    @Test
    void missingScoreKeepsWatching() {
        assertThat(evaluate("NONE", null)).isEqualTo(EnforcementRefilings.WAIT);
    }

    private static String evaluate(String insolvencyStatus, Integer score) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.INSOLVENCY_STATUS, insolvencyStatus);
        variables.put(Variables.PAYMENT_ABILITY_SCORE, score);
        return REFILING.evaluate(variables);
    }
}

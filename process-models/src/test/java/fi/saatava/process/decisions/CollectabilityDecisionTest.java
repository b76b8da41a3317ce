package fi.saatava.process.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.process.ProcessContract.Collectability;
import fi.saatava.process.ProcessContract.Decisions;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.DecisionTable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectabilityDecisionTest {

    static final DecisionTable COLLECTABILITY = DecisionTable.load(Decisions.COLLECTABILITY);

    @ParameterizedTest(name = "{0}, {1} defaults, score {2} -> {3}")
    @CsvSource({
            // an insolvency procedure wins whatever the credit data
            "BANKRUPTCY,      0,  90, INSOLVENCY",
            "DEBT_ADJUSTMENT, 5,   5, INSOLVENCY",
            "RESTRUCTURING,   0,  50, INSOLVENCY",
            // many defaults: write-off below score 30, legal collection from 30
            "NONE,            3,  29, RECOMMEND_WRITE_OFF",
            "NONE,            3,  30, RECOMMEND_LEGAL_COLLECTION",
            "NONE,            7,  80, RECOMMEND_LEGAL_COLLECTION",
            // few defaults: write-off only when practically unable to pay
            "NONE,            2,   9, RECOMMEND_WRITE_OFF",
            "NONE,            2,  10, COLLECT",
            "NONE,            0, 100, COLLECT",
    })
    void decidesFromTheCreditCheck(String insolvencyStatus, int defaults, int score, String expected) {
        assertThat(evaluate(insolvencyStatus, defaults, score)).isEqualTo(expected);
    }

    @Test
    void missingCreditDataMeansVoluntaryCollection() {
        assertThat(evaluate(null, null, null)).isEqualTo(Collectability.COLLECT);
    }

    @Test
    void missingScoreWithManyDefaultsIsARecommendationNotACollection() {
        assertThat(evaluate("NONE", 4, null)).isEqualTo(Collectability.RECOMMEND_LEGAL_COLLECTION);
    }

    private static String evaluate(String insolvencyStatus, Integer defaults, Integer score) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.INSOLVENCY_STATUS, insolvencyStatus);
        variables.put(Variables.PAYMENT_DEFAULT_COUNT, defaults);
        variables.put(Variables.PAYMENT_ABILITY_SCORE, score);
        return COLLECTABILITY.evaluate(variables);
    }
}

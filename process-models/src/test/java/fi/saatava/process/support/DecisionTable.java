package fi.saatava.process.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** One DMN decision of this module, evaluated by the standalone Camunda DMN engine the process engine embeds. */
public final class DecisionTable {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final DmnDecision decision;

    private DecisionTable(DmnDecision decision) {
        this.decision = decision;
    }

    /** Parses {@code dmn/<key>.dmn} from the classpath. */
    public static DecisionTable load(String key) {
        try (InputStream dmn = DecisionTable.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
            return new DecisionTable(ENGINE.parseDecision(key, dmn));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single output of the first (or only) matching rule. */
    public <T> T evaluate(Map<String, Object> variables) {
        return ENGINE.evaluateDecisionTable(decision, variables).getSingleResult().getSingleEntry();
    }
}

package fi.saatava.process.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for one of the gateway's delegate beans (registered with {@code Mocks.register}). It records the local
 * input each call received, whether the call was an activity being cancelled, and sets the variables the real
 * delegate would set, so a test sees exactly what the model hands to the delegate and what it does with the result.
 */
public final class DelegateDouble implements JavaDelegate, ExecutionListener {

    private final String input;
    private final boolean outputLocal;
    private final Function<String, Map<String, Object>> results;
    private final List<String> calls = new ArrayList<>();
    private final List<String> cancelledCalls = new ArrayList<>();

    private DelegateDouble(String input, boolean outputLocal, Function<String, Map<String, Object>> results) {
        this.input = input;
        this.outputLocal = outputLocal;
        this.results = results;
    }

    /** Records the local variable {@code input} of every call and sets nothing. */
    public static DelegateDouble recording(String input) {
        return new DelegateDouble(input, false, in -> Map.of());
    }

    /** Sets {@code output} (visible to the whole process) to a value derived from the local {@code input}. */
    public static DelegateDouble setting(String input, String output, Function<String, ?> valueForInput) {
        return new DelegateDouble(input, false, in -> single(output, valueForInput.apply(in)));
    }

    /** Sets {@code output} local to the calling activity, derived from the local {@code input}. */
    public static DelegateDouble settingLocal(String input, String output, Function<String, ?> valueForInput) {
        return new DelegateDouble(input, true, in -> single(output, valueForInput.apply(in)));
    }

    /** Sets {@code output} to the next of the scripted answers on each call; fails when none is left. */
    public static DelegateDouble answering(String output, Object... answers) {
        return answeringWith(Arrays.stream(answers).map(answer -> single(output, answer)).toList());
    }

    /** Sets the variables of the next scripted answer on each call; fails when none is left. */
    public static DelegateDouble answeringWith(List<Map<String, Object>> answers) {
        Deque<Map<String, Object>> script = new ArrayDeque<>(answers);
        return new DelegateDouble(null, false, in -> {
            if (script.isEmpty()) {
                throw new IllegalStateException("no scripted answer left");
            }
            return script.removeFirst();
        });
    }

    @Override
    public void execute(DelegateExecution execution) {
        String received = input == null ? "" : (String) execution.getVariableLocal(input);
        calls.add(received);
        Map<String, Object> variables = results.apply(received);
        if (outputLocal) {
            execution.setVariablesLocal(variables);
        } else {
            execution.setVariables(variables);
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            cancelledCalls.add(input == null ? "" : (String) execution.getVariableLocal(input));
            return;
        }
        execute(execution);
    }

    /** The local input received by each call that was not an activity being cancelled, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The local input seen by each call made while its activity was being cancelled (end listeners only). */
    public List<String> cancelledCalls() {
        return List.copyOf(cancelledCalls);
    }

    private static Map<String, Object> single(String name, Object value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, value);
        return variables;
    }
}

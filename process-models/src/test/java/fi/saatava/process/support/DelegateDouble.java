package fi.saatava.process.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
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
    private final String output;
    private final boolean outputLocal;
    private final Function<String, ?> valueForInput;
    private final List<String> calls = new ArrayList<>();
    private final List<String> cancelledCalls = new ArrayList<>();

    private DelegateDouble(String input, String output, boolean outputLocal, Function<String, ?> valueForInput) {
        this.input = input;
        this.output = output;
        this.outputLocal = outputLocal;
        this.valueForInput = valueForInput;
    }

    /** Records the local variable {@code input} of every call and sets nothing. */
    public static DelegateDouble recording(String input) {
        return new DelegateDouble(input, null, false, in -> null);
    }

    /** Sets {@code output} (visible to the whole process) to a value derived from the local {@code input}. */
    public static DelegateDouble setting(String input, String output, Function<String, ?> valueForInput) {
        return new DelegateDouble(input, output, false, valueForInput);
    }

    /** Sets {@code output} local to the calling activity, derived from the local {@code input}. */
    public static DelegateDouble settingLocal(String input, String output, Function<String, ?> valueForInput) {
        return new DelegateDouble(input, output, true, valueForInput);
    }

    /** Sets {@code output} to the next of the scripted answers on each call; fails when none is left. */
    public static DelegateDouble answering(String output, Object... answers) {
        Deque<Object> script = new ArrayDeque<>(Arrays.asList(answers));
        return new DelegateDouble(null, output, false, in -> {
            if (script.isEmpty()) {
                throw new IllegalStateException("no scripted answer left for " + output);
            }
            return script.removeFirst();
        });
    }

    @Override
    public void execute(DelegateExecution execution) {
        String received = input == null ? "" : (String) execution.getVariableLocal(input);
        calls.add(received);
        if (output != null) {
            Object value = valueForInput.apply(received);
            if (outputLocal) {
                execution.setVariableLocal(output, value);
            } else {
                execution.setVariable(output, value);
            }
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
}

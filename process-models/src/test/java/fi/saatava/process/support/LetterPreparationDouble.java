package fi.saatava.process.support;

import fi.saatava.process.ProcessContract.Variables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Stands in for the gateway's {@code prepareLetter} listener: records which letter type it was asked to prepare
 * (the task's local input must already be visible to it) and sets a letter id local to the letter task,
 * as the real listener does after snapshotting the letter.
 */
public class LetterPreparationDouble implements ExecutionListener {

    private final List<String> preparedLetterTypes = new ArrayList<>();

    @Override
    public void notify(DelegateExecution execution) {
        String letterType = (String) execution.getVariableLocal(Variables.LETTER_TYPE);
        preparedLetterTypes.add(letterType);
        execution.setVariableLocal(Variables.LETTER_ID, letterIdFor(letterType));
    }

    public static String letterIdFor(String letterType) {
        return "letter-" + letterType;
    }

    public List<String> preparedLetterTypes() {
        return List.copyOf(preparedLetterTypes);
    }
}

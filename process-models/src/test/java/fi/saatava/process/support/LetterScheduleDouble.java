package fi.saatava.process.support;

import fi.saatava.process.ProcessContract.Variables;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for the gateway's {@code scheduleNextLetter} delegate: sets {@code nextLetterAt} to a fixed date per
 * letter type, so a test can assert that the timer waits exactly until the date the delegate computed.
 */
public class LetterScheduleDouble implements JavaDelegate {

    private final Map<String, Date> dateByLetterType;
    private final List<String> scheduledLetterTypes = new ArrayList<>();

    public LetterScheduleDouble(Map<String, Date> dateByLetterType) {
        this.dateByLetterType = Map.copyOf(dateByLetterType);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String letterType = (String) execution.getVariableLocal(Variables.NEXT_LETTER_TYPE);
        scheduledLetterTypes.add(letterType);
        Date date = dateByLetterType.get(letterType);
        if (date == null) {
            throw new IllegalStateException("no date scripted for letter type " + letterType);
        }
        execution.setVariable(Variables.NEXT_LETTER_AT, date);
    }

    public List<String> scheduledLetterTypes() {
        return List.copyOf(scheduledLetterTypes);
    }
}

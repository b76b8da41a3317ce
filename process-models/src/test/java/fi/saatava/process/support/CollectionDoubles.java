package fi.saatava.process.support;

import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.Variables;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Registers doubles for the delegates consumer-collection and business-collection share: letters, scheduling with
 * fixed dates, creditor notices, closing, the next-step finder and the credit-register check.
 */
public final class CollectionDoubles {

    public final DelegateDouble prepareLetter = ClaimDriver.letterPreparation();
    public final DelegateDouble cancelUnsentLetter = DelegateDouble.recording(Variables.LETTER_TYPE);
    public final DelegateDouble scheduleNextLetter;
    public final DelegateDouble notifyCreditor = DelegateDouble.recording(Variables.CREDITOR_NOTICE);
    public final DelegateDouble closeClaim = DelegateDouble.recording(Variables.CLOSE_REASON);

    /** {@code letterDates}: the date scheduleNextLetter answers per letter type. */
    public CollectionDoubles(Map<String, Date> letterDates, Date legalCollectionAt) {
        scheduleNextLetter = DelegateDouble.setting(Variables.NEXT_LETTER_TYPE, Variables.NEXT_LETTER_AT,
                letterDates::get);
        Mocks.register(Delegates.PREPARE_LETTER, prepareLetter);
        Mocks.register(Delegates.CANCEL_UNSENT_LETTER, cancelUnsentLetter);
        Mocks.register(Delegates.SCHEDULE_NEXT_LETTER, scheduleNextLetter);
        Mocks.register(Delegates.SCHEDULE_LEGAL_COLLECTION,
                DelegateDouble.setting(null, Variables.LEGAL_COLLECTION_AT, in -> legalCollectionAt));
        Mocks.register(Delegates.NOTIFY_CREDITOR, notifyCreditor);
        Mocks.register(Delegates.CLOSE_CLAIM, closeClaim);
        defaultEntryRegistered(false);
    }

    /** The answers of findNextCollectionStep, one per call. */
    public void nextStepsAre(String... steps) {
        Mocks.register(Delegates.FIND_NEXT_COLLECTION_STEP,
                DelegateDouble.answering(Variables.NEXT_COLLECTION_STEP, (Object[]) steps));
    }

    public void defaultEntryRegistered(boolean registered) {
        Mocks.register(Delegates.CHECK_DEFAULT_ENTRIES,
                DelegateDouble.setting(null, Variables.DEFAULT_ENTRY_REGISTERED, in -> registered));
    }
}

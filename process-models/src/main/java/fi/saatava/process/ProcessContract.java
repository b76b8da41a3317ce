package fi.saatava.process;

/**
 * The one list of names shared by the BPMN models, the gateway's delegates and the workers.
 * A model may use a topic, message, delegate or variable only if it is listed here
 * (the model hygiene test enforces it), so renaming one is a compile error, not a stuck claim.
 */
public final class ProcessContract {

    private ProcessContract() {
    }

    /** Process definition keys; each equals its BPMN file name. */
    public static final class Processes {
        public static final String CONSUMER_COLLECTION = "consumer-collection";

        private Processes() {
        }
    }

    /** External task topics (kebab-case noun-verb), each served by exactly one worker class. */
    public static final class Topics {
        public static final String CREDIT_CHECK = "credit-check";
        public static final String LETTER_SEND = "letter-send";

        private Topics() {
        }
    }

    /** Spring bean names of the gateway's JavaDelegates / listeners, used as {@code ${name}} in models. */
    public static final class Delegates {
        /** Execution listener (start) on every letter-send task: charges the fee and snapshots the letter. */
        public static final String PREPARE_LETTER = "prepareLetter";
        /** Computes the earliest legal date of the next letter into {@link Variables#NEXT_LETTER_AT}. */
        public static final String SCHEDULE_NEXT_LETTER = "scheduleNextLetter";

        private Delegates() {
        }
    }

    /** BPMN message names, namespaced. */
    public static final class Messages {
        public static final String PAYMENT_RECEIVED = "saatava.paymentReceived";

        private Messages() {
        }
    }

    /** Process variable names. Variables hold ids and small values, never documents or personal data. */
    public static final class Variables {
        public static final String CLAIM_ID = "claimId";
        public static final String REMINDER_SENT_BY_CREDITOR = "reminderSentByCreditor";
        /** Local input of a letter-send task: one of {@link LetterTypes}. */
        public static final String LETTER_TYPE = "letterType";
        /** Set by {@link Delegates#PREPARE_LETTER}: the id of the letter snapshot the worker sends. */
        public static final String LETTER_ID = "letterId";
        /** Local input of the schedule delegate: which letter the date is computed for. */
        public static final String NEXT_LETTER_TYPE = "nextLetterType";
        /** java.util.Date set by {@link Delegates#SCHEDULE_NEXT_LETTER}; timers wait until it. */
        public static final String NEXT_LETTER_AT = "nextLetterAt";
        public static final String PAYMENT_DEFAULT_COUNT = "paymentDefaultCount";
        public static final String PAYMENT_ABILITY_SCORE = "paymentAbilityScore";
        public static final String INSOLVENCY_STATUS = "insolvencyStatus";

        private Variables() {
        }
    }

    /** Values of {@link Variables#INSOLVENCY_STATUS}, as the credit-check worker reports them. */
    public static final class InsolvencyStatuses {
        public static final String NONE = "NONE";
        public static final String BANKRUPTCY = "BANKRUPTCY";
        public static final String DEBT_ADJUSTMENT = "DEBT_ADJUSTMENT";
        public static final String RESTRUCTURING = "RESTRUCTURING";

        private InsolvencyStatuses() {
        }
    }

    /** Values of {@link Variables#LETTER_TYPE} and {@link Variables#NEXT_LETTER_TYPE}. */
    public static final class LetterTypes {
        public static final String REMINDER = "REMINDER";
        public static final String FIRST_DEMAND = "FIRST_DEMAND";
        public static final String SECOND_DEMAND = "SECOND_DEMAND";

        private LetterTypes() {
        }
    }
}

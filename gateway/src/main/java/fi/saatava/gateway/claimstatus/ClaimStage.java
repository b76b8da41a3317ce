package fi.saatava.gateway.claimstatus;

import java.util.Map;
import java.util.Optional;

import fi.saatava.process.ProcessContract.CollectionSteps;
import fi.saatava.process.ProcessContract.Forms;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.Processes;

/** The stage of collection a claim is in, as the creditor API shows and filters it. */
public enum ClaimStage {
    CREDIT_CHECK,
    /** The credit check recommends writing off or going to court: the creditor decides. */
    AWAITING_CREDITOR,
    REMINDER,
    FIRST_DEMAND,
    SECOND_DEMAND,
    /** Business claims: the tratta (PerintäL 7 §) and its publication. */
    TRATTA,
    DISPUTE,
    PAYMENT_PLAN,
    LEGAL_COLLECTION,
    POST_COLLECTION,
    INSOLVENCY;

    /**
     * The step {@code findNextCollectionStep} or {@code scheduleNextLetter} works towards; the collection letters
     * have the names of their steps.
     */
    static Optional<ClaimStage> ofCollectionStep(String step) {
        return Optional.ofNullable(switch (step == null ? "" : step) {
            case CollectionSteps.REMINDER -> REMINDER;
            case CollectionSteps.FIRST_DEMAND -> FIRST_DEMAND;
            case CollectionSteps.SECOND_DEMAND -> SECOND_DEMAND;
            case CollectionSteps.LEGAL_COLLECTION -> LEGAL_COLLECTION;
            case CollectionSteps.TRATTA, CollectionSteps.DRAFT_PUBLICATION, LetterTypes.DRAFT -> TRATTA;
            default -> null;
        });
    }

    /** The stage a letter belongs to. */
    static Optional<ClaimStage> ofLetter(String letterType) {
        return ofCollectionStep(letterType).or(() -> Optional.ofNullable(switch (letterType == null ? "" : letterType) {
            case LetterTypes.DISPUTE_ACKNOWLEDGEMENT -> DISPUTE;
            case LetterTypes.LEGAL_COLLECTION_NOTICE -> LEGAL_COLLECTION;
            case LetterTypes.LIMITATION_INTERRUPTION -> POST_COLLECTION;
            case LetterTypes.ESTATE_DEMAND -> INSOLVENCY;
            case LetterTypes.PAYMENT_PLAN_CONFIRMATION, LetterTypes.INSTALMENT_REMINDER -> PAYMENT_PLAN;
            default -> null;
        }));
    }

    private static final Map<String, ClaimStage> BY_FORM = Map.of(
            Forms.AGREE_NEXT_STEP, AWAITING_CREDITOR,
            Forms.ASSESS_DISPUTE, DISPUTE,
            Forms.RESOLVE_DISPUTE, DISPUTE,
            Forms.APPROVE_PAYMENT_PLAN, PAYMENT_PLAN,
            Forms.APPROVE_LEGAL_COLLECTION, LEGAL_COLLECTION,
            Forms.HANDLE_COURT_DECISION, LEGAL_COLLECTION,
            Forms.ASK_COURT, LEGAL_COLLECTION,
            Forms.RECORD_INSOLVENCY_OUTCOME, INSOLVENCY,
            Forms.RECORD_PROGRAMME_DECISION, INSOLVENCY,
            Forms.RECORD_PROGRAMME_RESULT, INSOLVENCY);

    private static final Map<String, ClaimStage> BY_CALLED_PROCESS = Map.of(
            Processes.PAYMENT_PLAN, PAYMENT_PLAN,
            Processes.LEGAL_COLLECTION, LEGAL_COLLECTION,
            Processes.INSOLVENCY, INSOLVENCY,
            Processes.POST_COLLECTION, POST_COLLECTION);

    static Optional<ClaimStage> ofForm(String formRef) {
        return Optional.ofNullable(formRef == null ? null : BY_FORM.get(formRef));
    }

    static Optional<ClaimStage> ofCalledProcess(String processKey) {
        return Optional.ofNullable(processKey == null ? null : BY_CALLED_PROCESS.get(processKey));
    }
}

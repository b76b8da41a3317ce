package fi.saatava.process;

/**
 * The one list of names shared by the BPMN models, the gateway's delegates and the workers.
 * A model may use a topic, message, delegate, decision, form or group only if it is listed here
 * (the model hygiene test enforces it), so renaming one is a compile error, not a stuck claim.
 * docs/contracts.md says, for each delegate and topic, what it must read and set.
 */
public final class ProcessContract {

    private ProcessContract() {
    }

    /** Process definition keys; each equals its BPMN file name. */
    public static final class Processes {
        public static final String CONSUMER_COLLECTION = "consumer-collection";
        public static final String BUSINESS_COLLECTION = "business-collection";
        public static final String PAYMENT_PLAN = "payment-plan";
        public static final String LEGAL_COLLECTION = "legal-collection";
        public static final String INSOLVENCY = "insolvency";
        public static final String POST_COLLECTION = "post-collection";
        /** Not a claim's process: started by its timer on the settlement cycle, one instance per run. */
        public static final String SETTLEMENT_RUN = "settlement-run";

        private Processes() {
        }
    }

    /** DMN decision keys; each equals its DMN file name. */
    public static final class Decisions {
        /** Decides {@link Variables#COLLECTABILITY} from the credit check. */
        public static final String COLLECTABILITY = "collectability";
        /** Decides {@link Variables#ENFORCEMENT_REFILING} in post-collection from a fresh credit check. */
        public static final String ENFORCEMENT_REFILING = "enforcement-refiling";

        private Decisions() {
        }
    }

    /** External task topics (kebab-case noun-verb), each served by exactly one worker class. */
    public static final class Topics {
        public static final String CREDIT_CHECK = "credit-check";
        public static final String LETTER_SEND = "letter-send";
        /** Registers a sent tratta with the credit bureau (spec §2.7); completes with {@link Variables#DRAFT_ID}. */
        public static final String DRAFT_REGISTER = "draft-register";
        /** Publishes the unpaid tratta in the credit register once its 14–60 day window is open (spec §2.7). */
        public static final String DRAFT_PUBLISH = "draft-publish";
        /** Payment notice so the registry removes the claim's payment-default entries within a month (spec §10). */
        public static final String DEFAULT_ENTRY_REMOVE = "default-entry-remove";
        /** Files the summons application with the court (spec §8); completes with the filing's correlation variables. */
        public static final String SUMMONS_FILE = "summons-file";
        /** Files the enforcement application (spec §9, UK 3:2); completes with the filing's correlation variables. */
        public static final String ENFORCEMENT_FILE = "enforcement-file";
        /** Lodges the claim in bankruptcy, debt adjustment, restructuring or an estate (spec §11). */
        public static final String INSOLVENCY_CLAIM_LODGE = "insolvency-claim-lodge";

        private Topics() {
        }
    }

    /** Spring bean names of the gateway's JavaDelegates / listeners, used as {@code ${name}} in models. */
    public static final class Delegates {
        /** Execution listener (start) on every letter-send task: charges the fee and snapshots the letter. */
        public static final String PREPARE_LETTER = "prepareLetter";
        /** Execution listener (end) on every letter-send task: voids the letter if it was never dispatched. */
        public static final String CANCEL_UNSENT_LETTER = "cancelUnsentLetter";
        /** Computes the earliest legal date of the next letter into {@link Variables#NEXT_LETTER_AT}. */
        public static final String SCHEDULE_NEXT_LETTER = "scheduleNextLetter";
        /** Decides where collection (re)starts: sets {@link Variables#NEXT_COLLECTION_STEP}. */
        public static final String FIND_NEXT_COLLECTION_STEP = "findNextCollectionStep";
        /** Computes the earliest lawful start of legal collection into {@link Variables#LEGAL_COLLECTION_AT}. */
        public static final String SCHEDULE_LEGAL_COLLECTION = "scheduleLegalCollection";
        /** Records a notice for the creditor (local input {@link Variables#CREDITOR_NOTICE}). */
        public static final String NOTIFY_CREDITOR = "notifyCreditor";
        /** Closes the claim in the ledger (local input {@link Variables#CLOSE_REASON}). */
        public static final String CLOSE_CLAIM = "closeClaim";
        /** Records a consumer's PerintäL 4 c § request: no more collection costs from now on. */
        public static final String RECORD_LEGAL_COLLECTION_REQUEST = "recordLegalCollectionRequest";
        /** Decides where legal collection (re)starts: sets {@link Variables#LEGAL_COLLECTION_STEP}. */
        public static final String FIND_LEGAL_COLLECTION_STEP = "findLegalCollectionStep";
        /** Sets the figures the approval form shows: principal, costs so far and a recommendation. */
        public static final String SUMMARISE_LEGAL_COLLECTION_CASE = "summariseLegalCollectionCase";
        /** Books a court decision (judgment, legal costs, case number) in the ledger. */
        public static final String RECORD_COURT_DECISION = "recordCourtDecision";
        /** Books an enforcement event (remittance or no-assets certificate); sets the passive-register end. */
        public static final String RECORD_ENFORCEMENT_OUTCOME = "recordEnforcementOutcome";
        /** Decides the next post-collection step and its date: {@link Variables#POST_COLLECTION_STEP} and _AT. */
        public static final String SCHEDULE_POST_COLLECTION = "schedulePostCollection";
        /** Records insolvency proceedings or a death: no letters, no new fees, interest per the procedure (spec §11). */
        public static final String FREEZE_COLLECTION = "freezeCollection";
        /** Records the end of proceedings that did not settle the claim: collection may resume. */
        public static final String LIFT_COLLECTION_FREEZE = "liftCollectionFreeze";
        /** Books a confirmed payment programme; sets {@link Variables#PROGRAMME_ENDS_AT}. */
        public static final String RECORD_PAYMENT_PROGRAMME = "recordPaymentProgramme";
        /** Business claims: charges the 40 EUR standard compensation when the law allows it (PerintäL 10 i §). */
        public static final String CHARGE_STANDARD_COMPENSATION = "chargeStandardCompensation";
        /** Business claims, after the demand: sets {@link Variables#NEXT_COLLECTION_STEP} to TRATTA or SECOND_DEMAND. */
        public static final String CHOOSE_DRAFT_OR_SECOND_DEMAND = "chooseDraftOrSecondDemand";
        /** Computes when a sent tratta may be published into {@link Variables#DRAFT_PUBLICATION_AT} (spec §2.7). */
        public static final String SCHEDULE_DRAFT_PUBLICATION = "scheduleDraftPublication";
        /** On full payment: sets {@link Variables#DEFAULT_ENTRY_REGISTERED} if a tratta or judgment entry exists. */
        public static final String CHECK_DEFAULT_ENTRIES = "checkDefaultEntries";
        /** Checks a payment plan against the law and the operator's limits: sets {@link Variables#PAYMENT_PLAN_CHECK}. */
        public static final String CHECK_PAYMENT_PLAN = "checkPaymentPlan";
        /** Computes when the next instalment is checked into {@link Variables#INSTALMENT_CHECK_AT}. */
        public static final String SCHEDULE_INSTALMENT_CHECK = "scheduleInstalmentCheck";
        /** Checks the ledger for the instalment: sets {@link Variables#INSTALMENT_STATUS}. */
        public static final String CHECK_INSTALMENT = "checkInstalment";
        /** Settlement run: records the run and its cut-off; sets {@link Variables#SETTLEMENT_RUN_ID}. */
        public static final String OPEN_SETTLEMENT_RUN = "openSettlementRun";
        /** Settlement run: sets {@link Variables#CREDITOR_ID} to the next creditor with funds to settle, or null. */
        public static final String FIND_CREDITOR_TO_SETTLE = "findCreditorToSettle";
        /** Settlement run: settles {@link Variables#CREDITOR_ID}'s collected funds, with its report. */
        public static final String SETTLE_CREDITOR = "settleCreditor";
        /** Settlement run: one pain.001.001.03 file paying every settlement of the run. */
        public static final String WRITE_SETTLEMENT_TRANSFERS = "writeSettlementTransfers";

        private Delegates() {
        }
    }

    /** BPMN message names, namespaced. Each is correlated by business key = claim id. */
    public static final class Messages {
        /** A payment that leaves a balance: collection continues with the new balance ({@link Variables#OUTSTANDING_BALANCE}). */
        public static final String PAYMENT_RECEIVED = "saatava.paymentReceived";
        /** The outstanding balance reached zero: collection ends. */
        public static final String CLAIM_PAID_IN_FULL = "saatava.claimPaidInFull";
        public static final String DISPUTE_RAISED = "saatava.disputeRaised";
        /** Carries {@link Variables#PAYMENT_PLAN_ID}. */
        public static final String PAYMENT_PLAN_AGREED = "saatava.paymentPlanAgreed";
        /** Carries {@link Variables#INSOLVENCY_STATUS} (the procedure). */
        public static final String INSOLVENCY_NOTIFIED = "saatava.insolvencyNotified";
        /** Carries {@link Variables#INSOLVENCY_STATUS} = {@link InsolvencyStatuses#DECEASED_ESTATE}. */
        public static final String DEBTOR_DECEASED = "saatava.debtorDeceased";
        public static final String CLAIM_WITHDRAWN = "saatava.claimWithdrawn";
        /** A consumer asks to suspend collection and move to legal collection (PerintäL 4 c §). */
        public static final String LEGAL_COLLECTION_REQUESTED = "saatava.legalCollectionRequested";
        /**
         * The court decided on a summons: {@link Variables#COURT_DECISION}, {@link Variables#JUDGMENT_DATE},
         * {@link Variables#CASE_NUMBER}. Correlated by the court-summons worker at most once per decision.
         */
        public static final String COURT_DECISION_RECEIVED = "saatava.courtDecisionReceived";
        /**
         * The enforcement authority remitted money or certified no assets: {@link Variables#ENFORCEMENT_OUTCOME} and its
         * details. Correlated by the enforcement worker at most once per event, in the authority's order.
         */
        public static final String ENFORCEMENT_OUTCOME = "saatava.enforcementOutcome";

        private Messages() {
        }
    }

    /** BPMN error codes a called process ends with; the calling process catches them on the call activity. */
    public static final class Errors {
        /** payment-plan: an instalment was missed; collection resumes (seed 001). */
        public static final String PAYMENT_PLAN_DEFAULTED = "PAYMENT_PLAN_DEFAULTED";
        /** payment-plan: the operator rejected a plan beyond the limits; collection resumes. */
        public static final String PAYMENT_PLAN_REJECTED = "PAYMENT_PLAN_REJECTED";
        /** insolvency: the proceedings ended without settling the claim (e.g. rejected, lapsed); collect again. */
        public static final String INSOLVENCY_COLLECTION_RESUMES = "INSOLVENCY_COLLECTION_RESUMES";

        private Errors() {
        }
    }

    /**
     * Spring beans a model reads a business setting from as {@code ${bean.property}} (never a legal period, which
     * always comes from collection-law through a variable).
     */
    public static final class Settings {
        /** {@code ${settlementSchedule.cycle}}: the settlement run's timer cycle (a cron expression). */
        public static final String SETTLEMENT_SCHEDULE = "settlementSchedule";

        private Settings() {
        }
    }

    /** Camunda candidate groups of user tasks. */
    public static final class Groups {
        public static final String OPERATORS = "collection-operators";

        private Groups() {
        }
    }

    /** Camunda Form ids (files {@code forms/<id>.form}), used as {@code camunda:formRef}. */
    public static final class Forms {
        public static final String AGREE_NEXT_STEP = "agree-next-step";
        public static final String ASSESS_DISPUTE = "assess-dispute";
        public static final String RESOLVE_DISPUTE = "resolve-dispute";
        public static final String APPROVE_PAYMENT_PLAN = "approve-payment-plan";
        public static final String APPROVE_LEGAL_COLLECTION = "approve-legal-collection";
        public static final String HANDLE_COURT_DECISION = "handle-court-decision";
        public static final String ASK_COURT = "ask-court";
        public static final String RECORD_INSOLVENCY_OUTCOME = "record-insolvency-outcome";
        public static final String RECORD_PROGRAMME_DECISION = "record-programme-decision";
        public static final String RECORD_PROGRAMME_RESULT = "record-programme-result";

        private Forms() {
        }
    }

    /** Process variable names. Variables hold ids and small values, never documents or personal data. */
    public static final class Variables {
        public static final String CLAIM_ID = "claimId";
        public static final String REMINDER_SENT_BY_CREDITOR = "reminderSentByCreditor";
        /** Boolean start variable of business-collection: a commercial payment under MaksuehtoL 1 § (10 i §). */
        public static final String COMMERCIAL_PAYMENT = "commercialPayment";
        /** java.util.Date set by {@link Delegates#SCHEDULE_DRAFT_PUBLICATION}: 14 days after the tratta at the earliest. */
        public static final String DRAFT_PUBLICATION_AT = "draftPublicationAt";
        /** Boolean set by {@link Delegates#CHECK_DEFAULT_ENTRIES}: a credit-register entry must be removed. */
        public static final String DEFAULT_ENTRY_REGISTERED = "defaultEntryRegistered";
        /**
         * Set by the gateway with {@link Messages#PAYMENT_RECEIVED}: what the debtor still owes after the payment
         * (principal, late interest and costs on the day it was allocated), string with two decimals.
         */
        public static final String OUTSTANDING_BALANCE = "outstandingBalance";
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
        /** One of {@link InsolvencyStatuses}: from the credit check, or from an insolvency/death message. */
        public static final String INSOLVENCY_STATUS = "insolvencyStatus";
        /** Result of the {@link Decisions#COLLECTABILITY} decision: one of {@link Collectability}. */
        public static final String COLLECTABILITY = "collectability";
        /** Operator's answer after agreeing with the creditor: one of {@link CreditorDecisions}. */
        public static final String CREDITOR_DECISION = "creditorDecision";
        /** Operator's assessment of a dispute: one of {@link DisputeDecisions}. */
        public static final String DISPUTE_DECISION = "disputeDecision";
        /** Operator's resolution of a paused dispute: one of {@link DisputeResolutions}. */
        public static final String DISPUTE_RESOLUTION = "disputeResolution";
        /** Set by {@link Delegates#FIND_NEXT_COLLECTION_STEP}: one of {@link CollectionSteps}. */
        public static final String NEXT_COLLECTION_STEP = "nextCollectionStep";
        /** java.util.Date set by {@link Delegates#SCHEDULE_LEGAL_COLLECTION}. */
        public static final String LEGAL_COLLECTION_AT = "legalCollectionAt";
        /** Id of the agreed plan in the ledger (its terms and instalments live there). */
        public static final String PAYMENT_PLAN_ID = "paymentPlanId";
        /** Set by {@link Delegates#CHECK_PAYMENT_PLAN}: one of {@link PaymentPlanChecks}. */
        public static final String PAYMENT_PLAN_CHECK = "paymentPlanCheck";
        /** Operator's approval of a plan beyond the limits: one of {@link PaymentPlanApprovals}. */
        public static final String PAYMENT_PLAN_APPROVAL = "paymentPlanApproval";
        /** java.util.Date set by {@link Delegates#SCHEDULE_INSTALMENT_CHECK}. */
        public static final String INSTALMENT_CHECK_AT = "instalmentCheckAt";
        /** Set by {@link Delegates#CHECK_INSTALMENT}: one of {@link InstalmentStatuses}. */
        public static final String INSTALMENT_STATUS = "instalmentStatus";
        /** Operator's record of how bankruptcy or estate proceedings ended: one of {@link InsolvencyOutcomes}. */
        public static final String INSOLVENCY_OUTCOME = "insolvencyOutcome";
        /** Operator's record of the court's decision on a payment programme: one of {@link ProgrammeDecisions}. */
        public static final String PROGRAMME_DECISION = "programmeDecision";
        /** ISO date (yyyy-MM-dd) the confirmed programme ends, as the operator read it from the decision. */
        public static final String PROGRAMME_END_DATE = "programmeEndDate";
        /** java.util.Date set by {@link Delegates#RECORD_PAYMENT_PROGRAMME}: when to check the programme's end. */
        public static final String PROGRAMME_ENDS_AT = "programmeEndsAt";
        /** Operator's record of how a programme ended: one of {@link ProgrammeResults}. */
        public static final String PROGRAMME_RESULT = "programmeResult";
        /** Local input of {@link Delegates#CLOSE_CLAIM}: one of {@link CloseReasons}. */
        public static final String CLOSE_REASON = "closeReason";
        /** Local input of {@link Delegates#NOTIFY_CREDITOR}: one of {@link CreditorNotices}. */
        public static final String CREDITOR_NOTICE = "creditorNotice";
        /** Set by {@link Delegates#FIND_LEGAL_COLLECTION_STEP}: one of {@link LegalCollectionSteps}. */
        public static final String LEGAL_COLLECTION_STEP = "legalCollectionStep";
        /** Set by {@link Delegates#SUMMARISE_LEGAL_COLLECTION_CASE}: the principal, string with two decimals. */
        public static final String PRINCIPAL_AMOUNT = "principalAmount";
        /** Set by {@link Delegates#SUMMARISE_LEGAL_COLLECTION_CASE}: collection costs so far, string, two decimals. */
        public static final String COLLECTION_COSTS = "collectionCosts";
        /** Set by {@link Delegates#SUMMARISE_LEGAL_COLLECTION_CASE}: one of {@link LegalCollectionRecommendations}. */
        public static final String LEGAL_COLLECTION_RECOMMENDATION = "legalCollectionRecommendation";
        /** Operator's record of the creditor's approval: one of {@link LegalCollectionApprovals}. */
        public static final String LEGAL_COLLECTION_APPROVAL = "legalCollectionApproval";
        /** Operator's answer to a disputed or dismissed summons: one of {@link CourtDecisionHandlings}. */
        public static final String COURT_DECISION_HANDLING = "courtDecisionHandling";
        /** java.util.Date set by {@link Delegates#RECORD_ENFORCEMENT_OUTCOME}: certificate date + 2 years (UK 3:102). */
        public static final String PASSIVE_REGISTRATION_ENDS_AT = "passiveRegistrationEndsAt";
        /** Set by {@link Delegates#SCHEDULE_POST_COLLECTION}: one of {@link PostCollectionSteps}. */
        public static final String POST_COLLECTION_STEP = "postCollectionStep";
        /** java.util.Date set by {@link Delegates#SCHEDULE_POST_COLLECTION}: when that step is due. */
        public static final String POST_COLLECTION_STEP_AT = "postCollectionStepAt";
        /** Result of the {@link Decisions#ENFORCEMENT_REFILING} decision: one of {@link EnforcementRefilings}. */
        public static final String ENFORCEMENT_REFILING = "enforcementRefiling";
        /** The credit bureau's id of the registered tratta, set by {@link Topics#DRAFT_REGISTER}. */
        public static final String DRAFT_ID = "draftId";
        /** Set by {@link Topics#SUMMONS_FILE}: the filing whose decisions {@link Messages#COURT_DECISION_RECEIVED} carries. */
        public static final String SUMMONS_FILING_ID = "summonsFilingId";
        /** Integer: court decisions of the current summons filing correlated so far (0 after filing). */
        public static final String COURT_DECISION_COUNT = "courtDecisionCount";
        /** One of {@link CourtDecisions}. */
        public static final String COURT_DECISION = "courtDecision";
        /** ISO date (yyyy-MM-dd) of a default judgment; null for other decisions. */
        public static final String JUDGMENT_DATE = "judgmentDate";
        /** The court's case number (diaarinumero) of the summons. */
        public static final String CASE_NUMBER = "caseNumber";
        /** Set by {@link Topics#ENFORCEMENT_FILE}: the filing whose events {@link Messages#ENFORCEMENT_OUTCOME} carries. */
        public static final String ENFORCEMENT_FILING_ID = "enforcementFilingId";
        /** Integer: enforcement events of the current filing correlated so far (0 after filing). */
        public static final String ENFORCEMENT_OUTCOME_COUNT = "enforcementOutcomeCount";
        /** One of {@link EnforcementOutcomes}. */
        public static final String ENFORCEMENT_OUTCOME = "enforcementOutcome";
        /** The enforcement authority's case number of the application. */
        public static final String ENFORCEMENT_CASE_NUMBER = "enforcementCaseNumber";
        /** Remittances: the amount collected from the debtor (string, two decimals); it reduces the debt. */
        public static final String COLLECTED_AMOUNT = "collectedAmount";
        /** Remittances: the remittance fee the authority kept (UK fees 3 a §, spec §9), string, two decimals. */
        public static final String REMITTANCE_FEE = "remittanceFee";
        /** Remittances: ISO date of the remittance. */
        public static final String REMITTANCE_DATE = "remittanceDate";
        /** {@link EnforcementOutcomes#NO_ASSETS}: ISO date of the obstacle certificate (estetodistus, UK 3:95). */
        public static final String CERTIFICATE_DATE = "certificateDate";
        /** Set by {@link Delegates#OPEN_SETTLEMENT_RUN}: the run's id (UUID string). */
        public static final String SETTLEMENT_RUN_ID = "settlementRunId";
        /** Set by {@link Delegates#FIND_CREDITOR_TO_SETTLE}: the creditor settled next (UUID string), null when none. */
        public static final String CREDITOR_ID = "creditorId";

        private Variables() {
        }
    }

    /** Values of {@link Variables#INSOLVENCY_STATUS}. */
    public static final class InsolvencyStatuses {
        public static final String NONE = "NONE";
        public static final String BANKRUPTCY = "BANKRUPTCY";
        public static final String DEBT_ADJUSTMENT = "DEBT_ADJUSTMENT";
        public static final String RESTRUCTURING = "RESTRUCTURING";
        /** Never reported by the credit bureau: set by the gateway when it correlates {@link Messages#DEBTOR_DECEASED}. */
        public static final String DECEASED_ESTATE = "DECEASED_ESTATE";

        private InsolvencyStatuses() {
        }
    }

    /** Values of {@link Variables#LETTER_TYPE} and {@link Variables#NEXT_LETTER_TYPE} (the tratta letter is DRAFT). */
    public static final class LetterTypes {
        public static final String REMINDER = "REMINDER";
        public static final String FIRST_DEMAND = "FIRST_DEMAND";
        public static final String SECOND_DEMAND = "SECOND_DEMAND";
        /** Free of charge: tells the debtor the dispute was received and what happens next (PerintäL 4 b §). */
        public static final String DISPUTE_ACKNOWLEDGEMENT = "DISPUTE_ACKNOWLEDGEMENT";
        /** Tells the debtor the claim goes to court, and the costs that will add (good collection practice, 4 §). */
        public static final String LEGAL_COLLECTION_NOTICE = "LEGAL_COLLECTION_NOTICE";
        /** An identified demand that interrupts limitation (VanhL 10 § 1 mom 3 k) in post-collection. */
        public static final String LIMITATION_INTERRUPTION = "LIMITATION_INTERRUPTION";
        /** An identified demand to a deceased debtor's estate (PK 21 luku, spec §11.4); also interrupts limitation. */
        public static final String ESTATE_DEMAND = "ESTATE_DEMAND";
        /** The agreed plan in writing (a plan fee requires it: PerintäL 10 a § 1 mom 7 k, 10 e § 1 mom 6 k). */
        public static final String PAYMENT_PLAN_CONFIRMATION = "PAYMENT_PLAN_CONFIRMATION";
        /** An instalment was missed: the plan has lapsed and collection continues. */
        public static final String INSTALMENT_REMINDER = "INSTALMENT_REMINDER";
        /** A business claim's demand in draft (tratta) form; unpaid, it may be protested (PerintäL 7 §, spec §2.7). */
        public static final String DRAFT = "DRAFT";

        private LetterTypes() {
        }
    }

    /** Values of {@link Variables#COLLECTABILITY} (seed 003: decide early from the credit check). */
    public static final class Collectability {
        public static final String COLLECT = "COLLECT";
        public static final String RECOMMEND_WRITE_OFF = "RECOMMEND_WRITE_OFF";
        public static final String RECOMMEND_LEGAL_COLLECTION = "RECOMMEND_LEGAL_COLLECTION";
        public static final String INSOLVENCY = "INSOLVENCY";

        private Collectability() {
        }
    }

    /** Values of {@link Variables#CREDITOR_DECISION}. */
    public static final class CreditorDecisions {
        public static final String CONTINUE = "CONTINUE";
        public static final String RETURN_TO_CREDITOR = "RETURN_TO_CREDITOR";

        private CreditorDecisions() {
        }
    }

    /** Values of {@link Variables#DISPUTE_DECISION} (PerintäL 4 b §, spec §3.7). */
    public static final class DisputeDecisions {
        public static final String CLEARLY_UNFOUNDED = "CLEARLY_UNFOUNDED";
        public static final String WELL_FOUNDED_OR_UNCLEAR = "WELL_FOUNDED_OR_UNCLEAR";

        private DisputeDecisions() {
        }
    }

    /** Values of {@link Variables#DISPUTE_RESOLUTION}. */
    public static final class DisputeResolutions {
        public static final String RESUME = "RESUME";
        public static final String CLOSE = "CLOSE";

        private DisputeResolutions() {
        }
    }

    /** Values of {@link Variables#NEXT_COLLECTION_STEP}: the next step that has not been taken yet. */
    public static final class CollectionSteps {
        public static final String REMINDER = "REMINDER";
        public static final String FIRST_DEMAND = "FIRST_DEMAND";
        public static final String SECOND_DEMAND = "SECOND_DEMAND";
        /** Business claims only: a tratta instead of the second demand (PerintäL 7 §). */
        public static final String TRATTA = "TRATTA";
        /** Business claims only: a sent and registered tratta awaits publication. */
        public static final String DRAFT_PUBLICATION = "DRAFT_PUBLICATION";
        public static final String LEGAL_COLLECTION = "LEGAL_COLLECTION";

        private CollectionSteps() {
        }
    }

    /** Values of {@link Variables#LEGAL_COLLECTION_STEP}: the next step not yet taken. */
    public static final class LegalCollectionSteps {
        public static final String APPROVAL = "APPROVAL";
        /** Approved; no enforceable judgment yet. */
        public static final String SUMMONS = "SUMMONS";
        /** A judgment (enforcement title) exists. */
        public static final String ENFORCEMENT = "ENFORCEMENT";
        /** The passive registration after a no-assets certificate has ended. */
        public static final String POST_COLLECTION = "POST_COLLECTION";

        private LegalCollectionSteps() {
        }
    }

    /** Values of {@link Variables#LEGAL_COLLECTION_RECOMMENDATION}. */
    public static final class LegalCollectionRecommendations {
        public static final String RECOMMENDED = "RECOMMENDED";
        public static final String NOT_RECOMMENDED = "NOT_RECOMMENDED";

        private LegalCollectionRecommendations() {
        }
    }

    /** Values of {@link Variables#LEGAL_COLLECTION_APPROVAL}. */
    public static final class LegalCollectionApprovals {
        public static final String APPROVED = "APPROVED";
        public static final String REJECTED = "REJECTED";

        private LegalCollectionApprovals() {
        }
    }

    /** Values of {@link Variables#COURT_DECISION_HANDLING}. */
    public static final class CourtDecisionHandlings {
        /** File a corrected summons (e.g. after a dismissal on formal grounds). */
        public static final String REFILE = "REFILE";
        /** The creditor takes the disputed case to ordinary proceedings itself, or drops it. */
        public static final String RETURN_TO_CREDITOR = "RETURN_TO_CREDITOR";

        private CourtDecisionHandlings() {
        }
    }

    /** Values of {@link Variables#POST_COLLECTION_STEP}. */
    public static final class PostCollectionSteps {
        /** A periodic payment-ability check with the credit bureau. */
        public static final String ABILITY_CHECK = "ABILITY_CHECK";
        /** A limitation-interrupting reminder, well before the limitation date (spec §7). */
        public static final String LIMITATION_REMINDER = "LIMITATION_REMINDER";
        /** The claim is finally time-barred: close it. */
        public static final String FINAL_LIMITATION = "FINAL_LIMITATION";

        private PostCollectionSteps() {
        }
    }

    /** Values of {@link Variables#ENFORCEMENT_REFILING}. */
    public static final class EnforcementRefilings {
        public static final String REFILE = "REFILE";
        public static final String WAIT = "WAIT";

        private EnforcementRefilings() {
        }
    }

    /** Values of {@link Variables#PAYMENT_PLAN_CHECK}. */
    public static final class PaymentPlanChecks {
        public static final String WITHIN_LIMITS = "WITHIN_LIMITS";
        public static final String NEEDS_APPROVAL = "NEEDS_APPROVAL";

        private PaymentPlanChecks() {
        }
    }

    /** Values of {@link Variables#PAYMENT_PLAN_APPROVAL}. */
    public static final class PaymentPlanApprovals {
        public static final String APPROVED = "APPROVED";
        public static final String REJECTED = "REJECTED";

        private PaymentPlanApprovals() {
        }
    }

    /** Values of {@link Variables#INSTALMENT_STATUS}. */
    public static final class InstalmentStatuses {
        /** Every instalment due so far is paid and more are to come. */
        public static final String PAID = "PAID";
        /** The last instalment is paid: the plan is kept. */
        public static final String ALL_PAID = "ALL_PAID";
        public static final String MISSED = "MISSED";

        private InstalmentStatuses() {
        }
    }

    /** Values of {@link Variables#PROGRAMME_DECISION}. */
    public static final class ProgrammeDecisions {
        public static final String CONFIRMED = "CONFIRMED";
        /** Rejected, or the proceedings were not started: the bans end. */
        public static final String REJECTED = "REJECTED";

        private ProgrammeDecisions() {
        }
    }

    /** Values of {@link Variables#PROGRAMME_RESULT}. */
    public static final class ProgrammeResults {
        /** Kept to the end: the rest of the debt is discharged. */
        public static final String COMPLETED = "COMPLETED";
        /** Lapsed or terminated: collection may resume. */
        public static final String LAPSED = "LAPSED";

        private ProgrammeResults() {
        }
    }

    /** Values of {@link Variables#INSOLVENCY_OUTCOME}. */
    public static final class InsolvencyOutcomes {
        /** The proceedings ended without covering the claim (e.g. application rejected): collect again. */
        public static final String RESUME_COLLECTION = "RESUME_COLLECTION";
        public static final String CLOSED = "CLOSED";

        private InsolvencyOutcomes() {
        }
    }

    /** Values of {@link Variables#CLOSE_REASON}. */
    public static final class CloseReasons {
        public static final String RETURNED_TO_CREDITOR = "RETURNED_TO_CREDITOR";
        public static final String WITHDRAWN = "WITHDRAWN";
        public static final String DISPUTE_UPHELD = "DISPUTE_UPHELD";
        /** Finally time-barred (VanhL 13 a §, UK 2:27): collecting it is prohibited (PerintäL 4 § 3 mom). */
        public static final String TIME_BARRED = "TIME_BARRED";
        /** Insolvency or estate proceedings settled or discharged what they could; nothing is left to collect. */
        public static final String SETTLED_IN_INSOLVENCY = "SETTLED_IN_INSOLVENCY";
        /**
         * Paid in full. Set by the gateway itself when a payment's allocation leaves nothing outstanding, in the
         * transaction that correlates {@link Messages#CLAIM_PAID_IN_FULL}; never an input of {@link Delegates#CLOSE_CLAIM}.
         */
        public static final String PAID = "PAID";

        private CloseReasons() {
        }
    }

    /** Values of {@link Variables#CREDITOR_NOTICE}. */
    public static final class CreditorNotices {
        public static final String RECOMMEND_WRITE_OFF = Collectability.RECOMMEND_WRITE_OFF;
        public static final String RECOMMEND_LEGAL_COLLECTION = Collectability.RECOMMEND_LEGAL_COLLECTION;
        public static final String DISPUTE = "DISPUTE";

        private CreditorNotices() {
        }
    }

    /** Values of {@link Variables#COURT_DECISION}. */
    public static final class CourtDecisions {
        /** The defendant did not answer: enforceable at once (OK 5:13). */
        public static final String DEFAULT_JUDGMENT = "DEFAULT_JUDGMENT";
        /** The defendant disputed: the case leaves summary proceedings. */
        public static final String DISPUTED = "DISPUTED";
        /** The application was dismissed without a judgment on the claim. */
        public static final String DISMISSED = "DISMISSED";

        private CourtDecisions() {
        }
    }

    /** Values of {@link Variables#ENFORCEMENT_OUTCOME}. */
    public static final class EnforcementOutcomes {
        /** The last remittance: the claim in the application is paid. */
        public static final String PAID_IN_FULL = "PAID_IN_FULL";
        /** Money was remitted and enforcement goes on. */
        public static final String PARTIAL_REMITTANCE = "PARTIAL_REMITTANCE";
        /** Obstacle certificate; the claim goes to the passive register for 2 years when requested (UK 3:102). */
        public static final String NO_ASSETS = "NO_ASSETS";

        private EnforcementOutcomes() {
        }
    }
}

package fi.saatava.worker.letters.render;

import java.util.Arrays;

import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.worker.kit.task.PermanentFailureException;

/**
 * What each letter type contains beyond the common parts (parties, basis, itemised amounts): a payment slip, the
 * right to object (spec §3.6 1 mom 6–7 k), the consumer's right to ask for legal collection (5 a § 2 mom, 4 c §)
 * and a type-specific notice ({@code notice.<TYPE>} in the message bundle).
 */
public enum LetterKind {
    REMINDER(LetterTypes.REMINDER, true, true, true, false),
    FIRST_DEMAND(LetterTypes.FIRST_DEMAND, true, true, true, false),
    SECOND_DEMAND(LetterTypes.SECOND_DEMAND, true, true, true, false),
    /** Never to a consumer (PerintäL 7 § 2 mom). */
    DRAFT(LetterTypes.DRAFT, true, true, false, true),
    PAYMENT_PLAN_CONFIRMATION(LetterTypes.PAYMENT_PLAN_CONFIRMATION, true, false, false, true),
    INSTALMENT_REMINDER(LetterTypes.INSTALMENT_REMINDER, true, true, true, false),
    /** Asks for nothing while the dispute is open (4 b §). */
    DISPUTE_ACKNOWLEDGEMENT(LetterTypes.DISPUTE_ACKNOWLEDGEMENT, false, false, false, true),
    ESTATE_DEMAND(LetterTypes.ESTATE_DEMAND, true, true, false, true),
    LIMITATION_INTERRUPTION(LetterTypes.LIMITATION_INTERRUPTION, true, true, true, true),
    LEGAL_COLLECTION_NOTICE(LetterTypes.LEGAL_COLLECTION_NOTICE, true, true, true, true);

    private final String type;
    private final boolean paymentSlip;
    private final boolean objection;
    private final boolean consumerSuspensionRight;
    private final boolean notice;

    LetterKind(String type, boolean paymentSlip, boolean objection, boolean consumerSuspensionRight,
            boolean notice) {
        this.type = type;
        this.paymentSlip = paymentSlip;
        this.objection = objection;
        this.consumerSuspensionRight = consumerSuspensionRight;
        this.notice = notice;
    }

    public static LetterKind of(String type) {
        return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst()
                .orElseThrow(() -> new PermanentFailureException("No template for letter type '" + type + "'"));
    }

    public String type() {
        return type;
    }

    public boolean isPaymentSlip() {
        return paymentSlip;
    }

    public boolean isObjection() {
        return objection;
    }

    public boolean isConsumerSuspensionRight() {
        return consumerSuspensionRight;
    }

    public boolean isNotice() {
        return notice;
    }
}

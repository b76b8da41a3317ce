package fi.saatava.gateway.legal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.DebtorType;
import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.letters.LetterSummary;
import fi.saatava.gateway.letters.LetterType;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.limitation.Limitation;
import fi.saatava.law.limitation.LimitationEvent;
import fi.saatava.law.limitation.LimitationEventType;
import fi.saatava.law.limitation.LimitationProfile;
import fi.saatava.law.limitation.LimitationStatus;
import fi.saatava.process.ProcessContract.CourtDecisions;
import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import org.springframework.stereotype.Service;

/**
 * A claim's limitation (spec §7) from what happened to it: every identified demand we dispatched (and the creditor's
 * own reminder) interrupts (VanhL 10 § 1 mom 3 k), a written payment plan too (1 k), a dispute acknowledgement does
 * not; a summons, an enforcement
 * application and a lodged claim suspend limitation from the authority's receipt until the proceedings end (11 §); a
 * judgment starts 5-year periods (13 §) and, for a natural person, the title's 15 years (UK 2:24). A business debtor
 * is treated as a legal person, so no final limitation applies (VanhL 13 a § covers natural persons).
 */
@Service
public class ClaimLimitation {

    private static final ZoneId FINLAND = ClockConfiguration.FINLAND;

    private final Limitation limitation;
    private final LegalRecords records;
    private final LetterRepository letters;

    ClaimLimitation(Limitation limitation, LegalRecords records, LetterRepository letters) {
        this.limitation = limitation;
        this.records = records;
        this.letters = letters;
    }

    public LimitationStatus statusOn(Claim claim, LocalDate day) {
        LocalDate due = claim.invoice().dueDate();
        LimitationProfile profile = claim.debtor().type() == DebtorType.CONSUMER
                ? LimitationProfile.againstNaturalPerson(due) : LimitationProfile.againstLegalPerson(due);
        return limitation.statusOn(profile, events(claim), day);
    }

    private List<LimitationEvent> events(Claim claim) {
        List<LimitationEvent> events = new ArrayList<>();
        if (claim.invoice().reminderSentOn() != null) {
            events.add(LimitationEvent.of(LimitationEventType.DEMAND, claim.invoice().reminderSentOn()));
        }
        for (LetterSummary letter : letters.summaries(claim.id())) {
            if (letter.dispatchedAt() == null || letter.voidedAt() != null
                    || letter.type() == LetterType.DISPUTE_ACKNOWLEDGEMENT) {
                continue;
            }
            LimitationEventType type = letter.type() == LetterType.PAYMENT_PLAN_CONFIRMATION
                    ? LimitationEventType.PAYMENT_ARRANGEMENT : LimitationEventType.DEMAND;
            events.add(LimitationEvent.of(type, LocalDate.ofInstant(letter.dispatchedAt(), FINLAND)));
        }
        List<CourtDecisionRecord> decisions = records.courtDecisions(claim.id());
        List<EnforcementOutcomeRecord> outcomes = records.enforcementOutcomes(claim.id());
        // Judgments first: an enforcement application filed on the judgment's day comes after it (the sort is stable).
        decisions.stream()
                .filter(decision -> CourtDecisions.DEFAULT_JUDGMENT.equals(decision.decision()))
                .forEach(decision -> events.add(LimitationEvent.of(LimitationEventType.JUDGMENT,
                        decision.judgmentDate())));
        for (Filing filing : records.filings(claim.id())) {
            if (filing.receipt() == null) {
                continue;
            }
            LocalDate filed = LocalDate.ofInstant(filing.receipt().receivedAt(), FINLAND);
            switch (filing.kind()) {
                case SUMMONS -> events.add(LimitationEvent.procedure(LimitationEventType.COURT_PROCEEDINGS, filed,
                        decidedOn(filing, decisions).orElse(null)));
                case ENFORCEMENT -> events.add(LimitationEvent.procedure(
                        LimitationEventType.ENFORCEMENT_APPLICATION, filed, endedOn(filing, outcomes).orElse(null)));
                case INSOLVENCY_CLAIM -> events.add(LimitationEvent.procedure(
                        LimitationEventType.INSOLVENCY_LODGING, filed, records.insolvencyEndedOn(filing).orElse(null)));
            }
        }
        return events;
    }

    private static Optional<LocalDate> decidedOn(Filing summons, List<CourtDecisionRecord> decisions) {
        return decisions.stream()
                .filter(decision -> summons.id().equals(decision.filingId()))
                .findFirst()
                .map(decision -> decision.judgmentDate() != null ? decision.judgmentDate()
                        : LocalDate.ofInstant(decision.recordedAt(), FINLAND));
    }

    /** Enforcement ends with the payment in full or with the no-assets certificate (UK 3:95). */
    private static Optional<LocalDate> endedOn(Filing application, List<EnforcementOutcomeRecord> outcomes) {
        return outcomes.stream()
                .filter(outcome -> application.id().equals(outcome.filingId())
                        && !EnforcementOutcomes.PARTIAL_REMITTANCE.equals(outcome.outcome()))
                .findFirst()
                .map(outcome -> outcome.certificateDate() != null ? outcome.certificateDate()
                        : outcome.remittanceDate());
    }
}

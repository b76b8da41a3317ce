package fi.saatava.gateway.paymentplans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.FeeCharging;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.letters.PlanTerms;
import fi.saatava.gateway.problem.ConflictException;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.ProblemResponses;
import fi.saatava.gateway.process.ClaimMessages;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.fees.FeeDecision;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.InstalmentStatuses;
import fi.saatava.process.ProcessContract.PaymentPlanChecks;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Payment plans from request to their end: a request is validated, stored and handed to the claim's process
 * ({@code saatava.paymentPlanAgreed}); the process's delegates check it against the law and the operators' limits,
 * schedule each instalment's check and check it against the ledger.
 */
@Service
public class PaymentPlans {

    private static final Logger log = LoggerFactory.getLogger(PaymentPlans.class);

    private final PaymentPlanRepository plans;
    private final PlanValidation validation;
    private final PaymentPlanProperties properties;
    private final ClaimRepository claims;
    private final LedgerService ledger;
    private final FeeCharging fees;
    private final ClaimMessages messages;
    private final RuntimeService runtimeService;
    private final Clock clock;

    PaymentPlans(PaymentPlanRepository plans, PlanValidation validation, PaymentPlanProperties properties,
                 ClaimRepository claims, LedgerService ledger, FeeCharging fees, ClaimMessages messages,
                 RuntimeService runtimeService, Clock clock) {
        this.plans = plans;
        this.validation = validation;
        this.properties = properties;
        this.claims = claims;
        this.ledger = ledger;
        this.fees = fees;
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Stores the plan and starts it in the claim's process, in one transaction: nothing is stored unless the process
     * took it.
     *
     * @param requestedBy {@code creditor:<id>} or the operator's user id
     * @throws ErrorResponseException 400 naming each bad field
     * @throws ConflictException      if the claim is closed, has a plan running, or its collection is at a stage that
     *                                cannot take a plan (the credit check, a dispute, legal collection)
     */
    @Transactional
    public PaymentPlan request(Claim claim, PaymentPlanRequest request, String requestedBy) {
        if (claim.closure() != null) {
            throw new ConflictException("Claim " + claim.id() + " is closed");
        }
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessContract.Processes.PAYMENT_PLAN)
                .processInstanceBusinessKey(claim.id().toString()).count() > 0) {
            throw new ConflictException("Claim " + claim.id() + " has a payment plan running already");
        }
        LocalDate today = LocalDate.now(clock);
        List<PaymentPlan.Instalment> instalments = new ArrayList<>();
        for (PaymentPlanRequest.InstalmentRequest instalment : request.instalments()) {
            instalments.add(new PaymentPlan.Instalment(instalments.size() + 1, instalment.dueDate(),
                    Money.of(instalment.amount())));
        }
        List<FieldProblem> problems = validation.problems(claim, instalments, today);
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(problems), null);
        }
        PaymentPlan plan = new PaymentPlan(UUID.randomUUID(), claim.id(), clock.instant(), requestedBy, today,
                PaymentPlanStatus.REQUESTED, null, null, instalments);
        plans.insert(plan);
        if (!messages.deliver(claim.id(), ProcessContract.Messages.PAYMENT_PLAN_AGREED,
                Map.of(ProcessContract.Variables.PAYMENT_PLAN_ID, plan.id().toString()))) {
            throw new ConflictException("The collection of claim " + claim.id() + " cannot take a payment plan at "
                    + "this stage (the credit check, a dispute or legal collection); nothing was stored");
        }
        log.info("Claim {}: payment plan {} of {} instalments, {} € in all, requested by {}", claim.id(), plan.id(),
                instalments.size(), plan.total(), requestedBy);
        return plan;
    }

    public Optional<PaymentPlan> find(UUID planId) {
        return plans.find(planId);
    }

    /**
     * {@code checkPaymentPlan}: the fee the law allows (which may be none, e.g. beyond the 10 c § plan count) and the
     * operators' limits. Idempotent.
     *
     * @return {@link PaymentPlanChecks#WITHIN_LIMITS} or {@link PaymentPlanChecks#NEEDS_APPROVAL}
     */
    @Transactional
    public String check(UUID planId) {
        PaymentPlan plan = require(planId);
        Claim claim = claims.require(plan.claimId());
        FeeDecision fee = fees.decidePlanFee(claim, LocalDate.now(clock), plan.instalments().size());
        List<String> beyond = new ArrayList<>();
        if (plan.instalments().size() > properties.approvalAboveInstalments()) {
            beyond.add(plan.instalments().size() + " instalments, more than " + properties.approvalAboveInstalments());
        }
        if (plan.last().dueDate().isAfter(plan.agreedOn().plusMonths(properties.approvalAboveMonths()))) {
            beyond.add("the last instalment on " + plan.last().dueDate() + ", more than "
                    + properties.approvalAboveMonths() + " months away");
        }
        plan.instalments().stream()
                .filter(instalment -> instalment.amount().isLessThan(properties.smallestInstalmentWithoutApproval()))
                .findFirst()
                .ifPresent(small -> beyond.add("instalment " + small.number() + " of " + small.amount()
                        + " €, less than " + properties.smallestInstalmentWithoutApproval() + " €"));
        String explanation = (beyond.isEmpty() ? "Within the operators' limits."
                : "Beyond the operators' limits: " + String.join("; ", beyond) + ".") + " " + fee.explanation();
        plans.recordCheck(planId, beyond.isEmpty() ? PaymentPlanStatus.REQUESTED : PaymentPlanStatus.NEEDS_APPROVAL,
                explanation);
        log.info("Payment plan {}: {}", planId, explanation);
        return beyond.isEmpty() ? PaymentPlanChecks.WITHIN_LIMITS : PaymentPlanChecks.NEEDS_APPROVAL;
    }

    /**
     * {@code scheduleInstalmentCheck}: the plan was confirmed in writing, so it is active; the next check is on the
     * check day of the first instalment not covered yet (the last one's when every one is).
     */
    @Transactional
    public ZonedDateTime nextCheck(UUID planId) {
        PaymentPlan plan = require(planId);
        if (plan.status() == PaymentPlanStatus.REQUESTED || plan.status() == PaymentPlanStatus.NEEDS_APPROVAL) {
            plans.changeStatus(planId, PaymentPlanStatus.ACTIVE, null);
        }
        PaymentPlan.Instalment next = progress(plan).firstUncovered().orElse(plan.last());
        return InstalmentProgress.checkDay(next).atTime(properties.instalmentCheckTime())
                .atZone(ClockConfiguration.FINLAND);
    }

    /**
     * {@code checkInstalment}: every instalment covered ({@code ALL_PAID}), the first uncovered one past its check day
     * ({@code MISSED}: the plan lapses), or not due yet ({@code PAID}).
     */
    @Transactional
    public String checkInstalment(UUID planId) {
        PaymentPlan plan = require(planId);
        InstalmentProgress progress = progress(plan);
        Optional<PaymentPlan.Instalment> uncovered = progress.firstUncovered();
        if (uncovered.isEmpty()) {
            plans.changeStatus(planId, PaymentPlanStatus.KEPT, null);
            return InstalmentStatuses.ALL_PAID;
        }
        PaymentPlan.Instalment instalment = uncovered.get();
        if (InstalmentProgress.checkDay(instalment).isAfter(LocalDate.now(clock))) {
            return InstalmentStatuses.PAID;
        }
        plans.changeStatus(planId, PaymentPlanStatus.DEFAULTED, instalment.number());
        log.info("Payment plan {}: instalment {} of {} € due {} missed ({} € paid since {})", planId,
                instalment.number(), instalment.amount(), instalment.dueDate(), progress.paid(), plan.agreedOn());
        return InstalmentStatuses.MISSED;
    }

    /** What the plan's letters print: every instalment, and the one missed once the plan lapsed. */
    public PlanTerms terms(UUID planId) {
        PaymentPlan plan = require(planId);
        List<PlanTerms.Instalment> instalments = plan.instalments().stream()
                .map(instalment -> new PlanTerms.Instalment(instalment.dueDate(), instalment.amount())).toList();
        return new PlanTerms(instalments,
                plan.missedInstalment() == null ? null : instalments.get(plan.missedInstalment() - 1));
    }

    private InstalmentProgress progress(PaymentPlan plan) {
        return InstalmentProgress.of(plan, ledger.entries(plan.claimId()));
    }

    private PaymentPlan require(UUID planId) {
        return plans.find(planId).orElseThrow(() -> new IllegalStateException("No payment plan " + planId));
    }
}

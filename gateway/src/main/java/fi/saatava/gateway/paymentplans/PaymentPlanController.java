package fi.saatava.gateway.paymentplans;

import java.net.URI;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.payments.CurrentOperator;
import fi.saatava.gateway.problem.NotFoundException;
import fi.saatava.gateway.security.AuthenticatedCreditor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A debtor asks for a payment plan through the creditor (creditor API, its own claims only) or through an operator
 * (admin API). The plan starts in the claim's process at once; its instalments are in the answer.
 */
@RestController
class PaymentPlanController {

    private final PaymentPlans plans;
    private final ClaimRepository claims;
    private final CurrentOperator operator;

    PaymentPlanController(PaymentPlans plans, ClaimRepository claims, CurrentOperator operator) {
        this.plans = plans;
        this.claims = claims;
        this.operator = operator;
    }

    @PostMapping(path = "/api/v1/claims/{id}/payment-plan-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask for a payment plan", description = "The instalments must be in date order from today "
            + "and cover the whole remaining claim, including the late interest until the last due date and the plan "
            + "fee. 409 while the claim's collection cannot take a plan (closed, a plan running, the credit check, a "
            + "dispute or legal collection).")
    ResponseEntity<PaymentPlanView> requestAsCreditor(@Parameter(hidden = true) AuthenticatedCreditor creditor,
                                                      @PathVariable UUID id,
                                                      @Valid @RequestBody PaymentPlanRequest request) {
        Claim claim = claims.findOfCreditor(creditor.id(), id).orElseThrow(() -> new ClaimNotFoundException(id));
        return created("/api/v1", plans.request(claim, request, "creditor:" + creditor.id()));
    }

    @GetMapping(path = "/api/v1/claims/{id}/payment-plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
    PaymentPlanView showToCreditor(@Parameter(hidden = true) AuthenticatedCreditor creditor, @PathVariable UUID id,
                                   @PathVariable UUID planId) {
        claims.findOfCreditor(creditor.id(), id).orElseThrow(() -> new ClaimNotFoundException(id));
        return plan(id, planId);
    }

    @PostMapping(path = "/api/admin/claims/{id}/payment-plan-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PaymentPlanView> requestAsOperator(@PathVariable UUID id,
                                                      @Valid @RequestBody PaymentPlanRequest request) {
        Claim claim = claims.find(id).orElseThrow(() -> new ClaimNotFoundException(id));
        return created("/api/admin", plans.request(claim, request, operator.name()));
    }

    @GetMapping(path = "/api/admin/claims/{id}/payment-plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
    PaymentPlanView showToOperator(@PathVariable UUID id, @PathVariable UUID planId) {
        return plan(id, planId);
    }

    private PaymentPlanView plan(UUID claimId, UUID planId) {
        return PaymentPlanView.of(plans.find(planId).filter(plan -> plan.claimId().equals(claimId))
                .orElseThrow(() -> new PlanNotFound(planId)));
    }

    private static ResponseEntity<PaymentPlanView> created(String api, PaymentPlan plan) {
        return ResponseEntity.created(URI.create(api + "/claims/" + plan.claimId() + "/payment-plans/" + plan.id()))
                .body(PaymentPlanView.of(plan));
    }

    static class PlanNotFound extends NotFoundException {
        PlanNotFound(UUID planId) {
            super("There is no payment plan " + planId + " of this claim");
        }
    }
}

package fi.saatava.gateway.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.legal.LegalCollectionSummary;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Sets the approval form's figures: {@code principalAmount}, {@code collectionCosts} and the recommendation. */
@Component(ProcessContract.Delegates.SUMMARISE_LEGAL_COLLECTION_CASE)
class SummariseLegalCollectionCaseDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SummariseLegalCollectionCaseDelegate.class);

    private final ClaimRepository claims;
    private final LegalCollectionSummary summary;
    private final Clock clock;

    SummariseLegalCollectionCaseDelegate(ClaimRepository claims, LegalCollectionSummary summary, Clock clock) {
        this.claims = claims;
        this.summary = summary;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID claimId = ProcessVariables.claimId(execution);
        Object score = execution.getVariable(Variables.PAYMENT_ABILITY_SCORE);
        LegalCollectionSummary.CaseSummary figures = summary.summarise(claims.require(claimId),
                score instanceof Number number ? number.intValue() : null, LocalDate.now(clock));
        execution.setVariable(Variables.PRINCIPAL_AMOUNT, figures.principal().toString());
        execution.setVariable(Variables.COLLECTION_COSTS, figures.collectionCosts().toString());
        execution.setVariable(Variables.LEGAL_COLLECTION_RECOMMENDATION, figures.recommendation());
        log.info("Claim {}: legal collection {}: {}", claimId, figures.recommendation(), figures.explanation());
    }
}

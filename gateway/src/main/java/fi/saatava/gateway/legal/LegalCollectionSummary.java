package fi.saatava.gateway.legal;

import java.time.LocalDate;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.ledger.Balances;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.law.court.CourtCosts;
import fi.saatava.law.court.LegalCostTariff;
import fi.saatava.law.court.SummonsCosts;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract.LegalCollectionRecommendations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The figures the operator and the creditor decide legal collection on: the principal and the collection costs the
 * ledger has outstanding, and our recommendation. Court is not recommended when the debtor's payment ability is below the policy's threshold (the
 * creditor would likely bear the court fee) or when the expected legal costs exceed the principal (disproportionate,
 * good collection practice, PerintäL 4 § 2 mom).
 */
@Service
public class LegalCollectionSummary {

    private final LedgerService ledger;
    private final CourtCosts courtCosts;
    private final int minimumPaymentAbility;

    LegalCollectionSummary(LedgerService ledger, CourtCosts courtCosts,
                           @Value("${saatava.legal.minimum-payment-ability-score:10}") int minimumPaymentAbility) {
        this.ledger = ledger;
        this.courtCosts = courtCosts;
        this.minimumPaymentAbility = minimumPaymentAbility;
    }

    /**
     * @param recommendation one of {@code ProcessContract.LegalCollectionRecommendations}
     */
    public record CaseSummary(Money principal, Money collectionCosts, String recommendation, String explanation) {
    }

    /** @param paymentAbilityScore the credit check's score (0–100), {@code null} if unknown */
    public CaseSummary summarise(Claim claim, Integer paymentAbilityScore, LocalDate today) {
        Balances balances = ledger.balances(claim, today);
        Money principal = balances.principal();
        SummonsCosts expected = courtCosts.summonsCosts(principal, LegalCostTariff.BASIC, today);
        String recommendation = LegalCollectionRecommendations.RECOMMENDED;
        String why = "Expected legal costs " + expected.total() + " € against a principal of " + principal + " €";
        if (paymentAbilityScore != null && paymentAbilityScore < minimumPaymentAbility) {
            recommendation = LegalCollectionRecommendations.NOT_RECOMMENDED;
            why += "; the debtor's payment ability " + paymentAbilityScore + " is below " + minimumPaymentAbility
                    + ", so the creditor would likely bear the court fee";
        }
        if (expected.total().isGreaterThan(principal)) {
            recommendation = LegalCollectionRecommendations.NOT_RECOMMENDED;
            why += "; the legal costs would exceed the principal (PerintäL 4 § 2 mom)";
        }
        return new CaseSummary(principal, balances.costs(), recommendation, why + ".");
    }
}

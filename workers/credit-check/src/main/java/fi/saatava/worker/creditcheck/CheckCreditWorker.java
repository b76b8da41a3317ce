package fi.saatava.worker.creditcheck;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.creditcheck.bureau.CreditBureauClient;
import fi.saatava.worker.creditcheck.bureau.CreditReport;
import fi.saatava.worker.creditcheck.bureau.CreditReportRequest;
import fi.saatava.worker.creditcheck.gateway.CreditCheckGatewayClient;
import fi.saatava.worker.creditcheck.gateway.CreditCheckSubject;
import fi.saatava.worker.kit.privacy.IdentityCodes;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.PermanentFailureException;
import fi.saatava.worker.kit.task.TaskVariables;
import fi.saatava.worker.kit.task.TaskWorker;

/**
 * Asks the credit bureau about the claim's debtor and completes {@code credit-check} with the verdict the model
 * branches on: payment defaults, payment ability and insolvency status. Only these small values become process
 * variables; the identity code is fetched from the gateway for the call and never stored or logged unmasked.
 */
@ExternalTaskSubscription(topicName = Topics.CREDIT_CHECK, variableNames = Variables.CLAIM_ID)
public class CheckCreditWorker extends TaskWorker {

    private static final Logger log = LoggerFactory.getLogger(CheckCreditWorker.class);

    private final CreditCheckGatewayClient gateway;
    private final CreditBureauClient bureau;

    public CheckCreditWorker(ExternalTaskTemplate template, CreditCheckGatewayClient gateway, CreditBureauClient bureau) {
        super(template);
        this.gateway = gateway;
        this.bureau = bureau;
    }

    @Override
    protected Map<String, Object> work(ExternalTask task) {
        UUID claimId = TaskVariables.requiredUuid(task, Variables.CLAIM_ID);
        CreditCheckSubject subject = gateway.creditCheckSubject(claimId);
        // the external task id stays the same across retries and redeliveries of this task
        CreditReport report = bureau.orderReport(task.getId(),
                CreditReportRequest.forCollection(subject.isBusiness(), subject.identityCode()));
        Map<String, Object> verdict = verdict(report);
        log.info("Credit report {} for claim {} (subject {}): {}", report.reportId(), claimId,
                IdentityCodes.mask(subject.identityCode()), verdict);
        return verdict;
    }

    private static Map<String, Object> verdict(CreditReport report) {
        Integer score = report.paymentAbilityScore();
        if (score == null || score < 0 || score > 100) {
            throw new PermanentFailureException("credit bureau report " + report.reportId()
                    + " has no payment ability score between 0 and 100");
        }
        if (!CreditReport.INSOLVENCY_STATUSES.contains(report.insolvency())) {
            throw new PermanentFailureException("credit bureau report " + report.reportId()
                    + " has an unknown insolvency status: " + report.insolvency());
        }
        int defaults = report.paymentDefaults() == null ? 0 : report.paymentDefaults().size();
        return Map.of(
                Variables.PAYMENT_DEFAULT_COUNT, defaults,
                Variables.PAYMENT_ABILITY_SCORE, score,
                Variables.INSOLVENCY_STATUS, report.insolvency());
    }
}

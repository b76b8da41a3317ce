package fi.saatava.worker.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.client.spring.SpringTopicSubscription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.worker.courtsummons.CourtDecisionPoller;
import fi.saatava.worker.courtsummons.FileSummonsWorker;
import fi.saatava.worker.creditcheck.CheckCreditWorker;
import fi.saatava.worker.enforcement.EnforcementOutcomePoller;
import fi.saatava.worker.enforcement.FileEnforcementWorker;
import fi.saatava.worker.letters.SendLetterWorker;

@SpringBootTest(properties = "camunda.bpm.client.disable-auto-fetching=true")
class WorkerLauncherApplicationTest {

    @Autowired
    List<SpringTopicSubscription> subscriptions;

    @Autowired
    ApplicationContext context;

    @Test
    void subscribesEveryWorkerTopicWithOneClient() {
        assertThat(subscriptions).extracting(SpringTopicSubscription::getTopicName)
                .containsExactlyInAnyOrder(Topics.LETTER_SEND, Topics.CREDIT_CHECK, Topics.SUMMONS_FILE,
                        Topics.ENFORCEMENT_FILE, Topics.DRAFT_REGISTER, Topics.DRAFT_PUBLISH,
                        Topics.DEFAULT_ENTRY_REMOVE, Topics.INSOLVENCY_CLAIM_LODGE);
        assertThat(context.getBeansOfType(org.camunda.bpm.client.ExternalTaskClient.class)).hasSize(1);
        assertThat(context.getBeansOfType(SendLetterWorker.class)).hasSize(1);
        assertThat(context.getBeansOfType(CheckCreditWorker.class)).hasSize(1);
        assertThat(context.getBeansOfType(FileSummonsWorker.class)).hasSize(1);
        assertThat(context.getBeansOfType(CourtDecisionPoller.class)).hasSize(1);
        assertThat(context.getBeansOfType(FileEnforcementWorker.class)).hasSize(1);
        assertThat(context.getBeansOfType(EnforcementOutcomePoller.class)).hasSize(1);
    }

    @Test
    void runsOnTheLauncherPortWithTheWorkerDefaults() {
        assertThat(context.getEnvironment().getProperty("server.port")).isEqualTo("8081");
        assertThat(context.getEnvironment().getProperty("camunda.bpm.client.base-url"))
                .isEqualTo("http://localhost:8080/engine-rest");
        assertThat(context.getEnvironment().getProperty("camunda.bpm.client.worker-id")).startsWith("saatava-workers-");
    }
}

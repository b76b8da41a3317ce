package fi.saatava.simulators.insolvency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import fi.saatava.law.money.Money;
import fi.saatava.simulators.SimulatorTest;

class InsolvencySimulatorTest extends SimulatorTest {

    private static final String PATH = "/insolvency/v1/claims";

    @Test
    void aClaimOnTimeIsLodgedOnceAndRecorded() throws Exception {
        send(PATH, "lodge-1", sample("insolvency-claim", "1234512-9")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.filingId").value("lodge-1"))
                .andExpect(jsonPath("$.procedure").value("BANKRUPTCY"))
                .andExpect(jsonPath("$.procedureCaseNumber").value("K 26/123"))
                .andExpect(jsonPath("$.status").value("LODGED"))
                .andExpect(jsonPath("$.lateFee").value(nullValue()));
        send(PATH, "lodge-1", sample("insolvency-claim", "1234512-9"))
                .andExpect(header().string("Idempotent-Replayed", "true"));

        journal("insolvency").andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].deliveries").value(2))
                .andExpect(jsonPath("$[0].request.interestBeforeStart.amount").value("45.20"))
                .andExpect(jsonPath("$[0].request.interestAfterStart.from").value("2026-01-15"));
    }

    @Test
    void aLateBankruptcyClaimCostsTheMinimumLateFee() throws Exception {
        clock.advance(Duration.ofDays(60));

        send(PATH, "lodge-2", sample("insolvency-claim", "1234512-9"))
                .andExpect(jsonPath("$.status").value("LATE"))
                .andExpect(jsonPath("$.lateFee").value("600.00"));
    }

    @Test
    void theLateFeeIsOnePercentBetweenSixHundredAndSixThousand() {
        assertThat(InsolvencyRegister.lateFee(Money.of("100000.00"))).isEqualTo(Money.of("1000.00"));
        assertThat(InsolvencyRegister.lateFee(Money.of("9000000.00"))).isEqualTo(Money.of("6000.00"));
    }

    @Test
    void interestAfterTheStartIsRefusedInDebtAdjustmentAndTheTotalMustAddUp() throws Exception {
        String body = sample("insolvency-claim", "131052-002X")
                .replace("\"procedure\": \"BANKRUPTCY\"", "\"procedure\": \"DEBT_ADJUSTMENT\"")
                .replace("\"type\": \"BUSINESS\"", "\"type\": \"CONSUMER\"")
                .replace("\"total\": \"1062.20\"", "\"total\": \"1045.20\"");

        send(PATH, "lodge-3", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("total", "interestAfterStart")));
    }

    @Test
    void anUnavailableAdministratorAnswers503() throws Exception {
        send(PATH, "lodge-4", sample("insolvency-claim", "1234588-2")).andExpect(status().isServiceUnavailable());
    }
}

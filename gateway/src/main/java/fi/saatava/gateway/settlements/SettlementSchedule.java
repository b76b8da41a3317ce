package fi.saatava.gateway.settlements;

import fi.saatava.process.ProcessContract;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the settlement run starts: a business setting, not a legal period, read by the settlement-run model's timer
 * start event as {@code ${settlementSchedule.cycle}}. A Camunda cron expression (six fields, no year), by default
 * every Monday at 03:00 ({@code saatava.settlement.cycle}). The engine reads it when the model is deployed: after
 * changing it, redeploy the model (a changed settlement-run.bpmn, or delete its timer job in Cockpit and restart).
 */
@Component(ProcessContract.Settings.SETTLEMENT_SCHEDULE)
public class SettlementSchedule {

    private final String cycle;

    SettlementSchedule(@Value("${saatava.settlement.cycle:0 0 3 ? * MON}") String cycle) {
        this.cycle = cycle;
    }

    public String getCycle() {
        return cycle;
    }
}

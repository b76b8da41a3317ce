package fi.saatava.gateway.support;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts what a claim submission stores, to prove that a rejected one stored nothing. */
public class ClaimTables {

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    ClaimTables(JdbcClient jdbc, RuntimeService runtimeService, HistoryService historyService) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    public record Counts(long claims, long debtors, long invoices, long runningProcesses, long processHistory) {
    }

    public Counts counts() {
        return new Counts(
                count("saatava.claim"),
                count("saatava.debtor"),
                count("saatava.invoice"),
                runtimeService.createProcessInstanceQuery().count(),
                historyService.createHistoricProcessInstanceQuery().count());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

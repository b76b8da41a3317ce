package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.creditregister.DefaultEntries;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On full payment: sets {@code defaultEntryRegistered}, so the model sends the credit register a payment notice
 * (topic {@code default-entry-remove}) only for a claim that may have put the debtor in it (spec §10).
 */
@Component(ProcessContract.Delegates.CHECK_DEFAULT_ENTRIES)
class CheckDefaultEntriesDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CheckDefaultEntriesDelegate.class);

    private final DefaultEntries defaultEntries;

    CheckDefaultEntriesDelegate(DefaultEntries defaultEntries) {
        this.defaultEntries = defaultEntries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID claimId = ProcessVariables.claimId(execution);
        boolean registered = defaultEntries.mayBeRegistered(claimId);
        execution.setVariable(ProcessContract.Variables.DEFAULT_ENTRY_REGISTERED, registered);
        log.info("Claim {} paid in full: {}", claimId, registered
                ? "a payment-default entry may exist; the register gets a payment notice" : "no register entry");
    }
}

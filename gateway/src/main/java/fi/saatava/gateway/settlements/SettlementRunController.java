package fi.saatava.gateway.settlements;

import java.util.List;
import java.util.Map;

import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators see the settlement runs and their credit transfer files, and may start a run outside the cycle. */
@RestController
@RequestMapping(path = "/api/admin/settlement-runs", produces = MediaType.APPLICATION_JSON_VALUE)
class SettlementRunController {

    private final Settlements settlements;
    private final RuntimeService runtimeService;

    SettlementRunController(Settlements settlements, RuntimeService runtimeService) {
        this.settlements = settlements;
        this.runtimeService = runtimeService;
    }

    /** The run's transfer file ({@code run.transferFileId}) is at {@code /api/admin/credit-transfer-files/{id}}. */
    record RunView(SettlementRun run, List<SettlementController.SettlementView> settlements) {
    }

    @GetMapping
    List<RunView> runs() {
        return settlements.runs().stream()
                .map(run -> new RunView(run, settlements.ofRun(run.id()).stream()
                        .map(settlement -> SettlementController.SettlementView.of(settlement, null)).toList()))
                .toList();
    }

    /** Starts a settlement run now, as the timer would; its steps run on the job executor. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> start() {
        return Map.of("processInstanceId", runtimeService.startProcessInstanceByKey(
                ProcessContract.Processes.SETTLEMENT_RUN).getId());
    }
}

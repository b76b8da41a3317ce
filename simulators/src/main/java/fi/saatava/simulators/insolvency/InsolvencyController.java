package fi.saatava.simulators.insolvency;


import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.recording.SimulatedResponse;
import fi.saatava.simulators.script.ScriptedIntake;
import fi.saatava.simulators.script.ScriptedOperation;

/**
 * Lodging claims in insolvency proceedings (bankruptcy, debt adjustment, restructuring, a deceased debtor's estate;
 * spec §11) with the administrator, as one simulated interface. Only the delivery is scripted
 * ({@code DeliveryScript}); a claim after the lodging deadline is taken as late.
 */
@RestController
@RequestMapping("/insolvency/v1")
public class InsolvencyController {

    public static final String SYSTEM = "insolvency";
    static final String LODGE_CLAIM = "POST /insolvency/v1/claims";

    private final ScriptedIntake intake;
    private final InsolvencyRegister register;

    public InsolvencyController(ScriptedIntake intake, InsolvencyRegister register) {
        this.intake = intake;
        this.register = register;
    }

    @PostMapping("/claims")
    public ResponseEntity<Object> lodge(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody JsonNode claim) {
        return intake.handle(SYSTEM, LODGE_CLAIM, key, claim, ScriptedOperation.of(InsolvencyClaimChecks::problems,
                "debtor", (filingId, body) -> SimulatedResponse.of(HttpStatus.CREATED, register.lodge(filingId, body))));
    }
}

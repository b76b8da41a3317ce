package fi.saatava.simulators.printhouse;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.recording.DocumentDigest;
import fi.saatava.simulators.recording.Exchange;
import fi.saatava.simulators.recording.RequestJournal;
import fi.saatava.simulators.recording.SimulatedResponse;
import fi.saatava.simulators.recording.SimulatedResponses;
import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.Problems;

/**
 * A print and mail house's letter API (in the manner of the Finnish hybrid-mail services): the agency posts a PDF
 * with the recipient's address; the house prints, envelopes and posts it. Deduplicated by {@code Idempotency-Key}
 * (the letter id), so a retried submission never prints a letter twice.
 */
@RestController
@RequestMapping("/print-house/v1")
public class PrintHouseController {

    public static final String SYSTEM = "print-house";
    static final String SUBMIT = "POST /print-house/v1/letters";

    private final RequestJournal journal;
    private final PrintQueue queue;

    public PrintHouseController(RequestJournal journal, PrintQueue queue) {
        this.journal = journal;
        this.queue = queue;
    }

    @PostMapping("/letters")
    public ResponseEntity<Object> submit(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody JsonNode body) {
        String idempotencyKey = key == null || key.isBlank() ? null : key;
        Exchange exchange = journal.exchange(SYSTEM, SUBMIT, idempotencyKey, PrintRequests.recordable(body),
                delivery -> answer(idempotencyKey, body));
        return SimulatedResponses.toEntity(exchange);
    }

    /** Every letter accepted for printing, oldest first. */
    @GetMapping("/jobs")
    public List<PrintJob> jobs() {
        return queue.jobs();
    }

    /** The PDF as the print house received it. */
    @GetMapping(path = "/jobs/{jobId}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> document(@PathVariable String jobId) {
        return queue.document(jobId).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    private SimulatedResponse answer(String idempotencyKey, JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>(PrintRequests.problems(body));
        if (idempotencyKey == null) {
            problems.add(0, new FieldProblem("Idempotency-Key", "header is required"));
        }
        if (!problems.isEmpty()) {
            return Problems.badRequest(problems);
        }
        byte[] pdf = PrintRequests.pdf(body);
        PrintJob job = queue.accept(idempotencyKey, body.path("letterId").asText(),
                body.path("recipient").path("name").asText(), body.path("mailClass").asText(), pdf,
                DocumentDigest.sha256(pdf));
        return SimulatedResponse.of(HttpStatus.CREATED, job);
    }
}

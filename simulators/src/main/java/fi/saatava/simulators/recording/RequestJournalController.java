package fi.saatava.simulators.recording;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the simulated systems received: {@code GET /simulator/requests?system=credit-bureau}. */
@RestController
@RequestMapping("/simulator/requests")
public class RequestJournalController {

    private final RequestJournal journal;

    public RequestJournalController(RequestJournal journal) {
        this.journal = journal;
    }

    @GetMapping
    public List<RecordedRequest> requests(@RequestParam(name = "system", required = false) String system) {
        return journal.requests(system);
    }

    /** Forgets everything received, for a fresh demo or test. */
    @DeleteMapping
    public ResponseEntity<Void> clear() {
        journal.clear();
        return ResponseEntity.noContent().build();
    }
}

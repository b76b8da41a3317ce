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
    private final List<Resettable> systems;

    public RequestJournalController(RequestJournal journal, List<Resettable> systems) {
        this.journal = journal;
        this.systems = systems;
    }

    @GetMapping
    public List<RecordedRequest> requests(@RequestParam(name = "system", required = false) String system) {
        return journal.requests(system);
    }

    /** Forgets everything received and every system's state (cases, pending decisions), for a fresh demo or test. */
    @DeleteMapping
    public ResponseEntity<Void> clear() {
        journal.clear();
        systems.forEach(Resettable::reset);
        return ResponseEntity.noContent().build();
    }
}

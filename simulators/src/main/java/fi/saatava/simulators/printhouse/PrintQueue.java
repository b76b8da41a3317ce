package fi.saatava.simulators.printhouse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.saatava.law.calendar.FinnishCalendar;
import fi.saatava.simulators.recording.Resettable;

/** The print house's accepted letters, with their PDFs, in order of acceptance. */
@Component
public class PrintQueue implements Resettable {

    private final Clock clock;
    private final Map<String, PrintJob> jobs = new LinkedHashMap<>();
    private final Map<String, byte[]> documents = new LinkedHashMap<>();

    public PrintQueue(Clock clock) {
        this.clock = clock;
    }

    /** Accepts a letter; posted on the next banking day (letters accepted today go out with tomorrow's post). */
    public synchronized PrintJob accept(String idempotencyKey, String letterId, String recipientName, String mailClass,
            byte[] pdf, String sha256) {
        String jobId = "PJ-" + (jobs.size() + 1);
        LocalDate today = LocalDate.now(clock);
        PrintJob job = new PrintJob(jobId, letterId, idempotencyKey, recipientName, mailClass, pdf.length, sha256,
                clock.instant(), FinnishCalendar.nextBankingDay(today.plusDays(1)));
        jobs.put(jobId, job);
        documents.put(jobId, pdf.clone());
        return job;
    }

    public synchronized List<PrintJob> jobs() {
        return new ArrayList<>(jobs.values());
    }

    public synchronized Optional<byte[]> document(String jobId) {
        return Optional.ofNullable(documents.get(jobId)).map(byte[]::clone);
    }

    @Override
    public synchronized void reset() {
        jobs.clear();
        documents.clear();
    }
}

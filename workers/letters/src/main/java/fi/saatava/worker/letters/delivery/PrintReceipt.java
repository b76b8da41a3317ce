package fi.saatava.worker.letters.delivery;

import java.time.LocalDate;

/** The print house's answer: its job id and the day the letter goes to the post. */
public record PrintReceipt(String jobId, String letterId, LocalDate postingDate) {
}

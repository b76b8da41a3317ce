package fi.saatava.worker.letters.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.worker.letters.gateway.LetterSnapshot;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Delivery;

/**
 * Paper mail through the print house. The idempotency key is the letter id: if the worker dies after the print
 * house accepted the letter but before the task completed, the retry gets the first receipt and nothing is printed
 * twice.
 */
public class PrintChannel implements DeliveryChannel {

    private static final Logger log = LoggerFactory.getLogger(PrintChannel.class);

    private final PrintHouseClient printHouse;
    private final String mailClass;

    public PrintChannel(PrintHouseClient printHouse, String mailClass) {
        this.printHouse = printHouse;
        this.mailClass = mailClass;
    }

    @Override
    public String name() {
        return Delivery.PRINT;
    }

    @Override
    public void send(LetterSnapshot letter, byte[] pdf) {
        PrintReceipt receipt = printHouse.submit(letter.letterId().toString(),
                PrintLetterRequest.of(letter, mailClass, pdf));
        log.info("Letter {} accepted by the print house as {}, posted on {}", letter.letterId(), receipt.jobId(),
                receipt.postingDate());
    }
}

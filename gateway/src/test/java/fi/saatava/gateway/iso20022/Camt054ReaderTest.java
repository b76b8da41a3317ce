package fi.saatava.gateway.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fi.saatava.gateway.support.Camt054File;
import fi.saatava.gateway.support.Camt054File.Payment;
import fi.saatava.law.money.Money;
import org.junit.jupiter.api.Test;

class Camt054ReaderTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    private final Camt054Reader reader = new Camt054Reader();

    @Test
    void readsSingleAndBatchedReferencePaymentsWithTheirPayers() {
        byte[] file = Camt054File.notification("MSG-1")
                .credit(MONDAY, new Payment("ARCH-1", "25.50", "11112", "Matti Meikäläinen", "FI2112345600000785",
                        null))
                .batch("BATCH-7", MONDAY.plusDays(1),
                        Payment.of("ARCH-2", "10.00", "RF98 11112"),
                        new Payment("ARCH-3", "0.01", "00000000000000011112", "Maija", null, "lasku 1001"))
                .bytes();

        Camt054Notification notification = reader.read(file);

        assertThat(notification.messageId()).isEqualTo("MSG-1");
        assertThat(notification.transactions()).extracting(BankTransaction::bankReference, BankTransaction::amount,
                        BankTransaction::creditorReference, BankTransaction::bookingDate)
                .containsExactly(
                        tuple("ARCH-1", Money.of("25.50"), "11112", MONDAY),
                        tuple("ARCH-2", Money.of("10.00"), "RF98 11112",
                                MONDAY.plusDays(1)),
                        tuple("ARCH-3", Money.of("0.01"), "00000000000000011112",
                                MONDAY.plusDays(1)));
        BankTransaction first = notification.transactions().get(0);
        assertThat(first.kind()).isEqualTo(BankTransaction.Kind.CREDIT);
        assertThat(first.accountIban()).isEqualTo(Camt054File.CLIENT_FUNDS_IBAN);
        assertThat(first.payerName()).isEqualTo("Matti Meikäläinen");
        assertThat(first.payerIban()).isEqualTo("FI2112345600000785");
        BankTransaction third = notification.transactions().get(2);
        assertThat(third.payerIban()).isNull();
        assertThat(third.message()).isEqualTo("lasku 1001");
    }

    @Test
    void tellsReversalsAndOwnTransfersFromPaymentsAndLeavesOutUnbookedEntries() {
        byte[] file = Camt054File.notification("MSG-2")
                .reversal(MONDAY, Payment.of("ARCH-R", "25.50", "11112"))
                .debit(MONDAY, Payment.of("ARCH-D", "900.00", null))
                .pending(MONDAY, Payment.of("ARCH-P", "5.00", "11112"))
                .bytes();

        List<BankTransaction> transactions = reader.read(file).transactions();

        assertThat(transactions).extracting(BankTransaction::bankReference, BankTransaction::kind)
                .containsExactly(
                        tuple("ARCH-R", BankTransaction.Kind.REVERSAL),
                        tuple("ARCH-D", BankTransaction.Kind.OTHER));
    }

    @Test
    void refusesAFileThatBreaksTheSchemaNamingTheLine() {
        byte[] file = oneCreditWith("<Sts>BOOK</Sts>", "<Status>BOOK</Status>");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(InvalidIso20022Document.class)
                .satisfies(e -> assertThat(((InvalidIso20022Document) e).problems())
                        .anySatisfy(problem -> assertThat(problem).startsWith("line 1, column").contains("Status")));
    }

    @Test
    void refusesForeignCurrencyRatherThanGuessingAnExchangeRate() {
        byte[] file = oneCreditWith("Ccy=\"EUR\">1.00", "Ccy=\"SEK\">1.00");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(InvalidIso20022Document.class)
                .hasMessageContaining("SEK");
    }

    @Test
    void refusesDocumentTypeDeclarationsSoNoEntityIsEverExpanded() {
        byte[] file = oneCreditWith("<Document",
                "<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Document");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(InvalidIso20022Document.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesSomethingThatIsNotXml() {
        assertThatThrownBy(() -> reader.read("not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidIso20022Document.class);
    }

    /** A valid one-payment file with one piece of its XML replaced. */
    private static byte[] oneCreditWith(String original, String replacement) {
        return Camt054File.notification("MSG-X").credit(MONDAY, Payment.of("A", "1.00", "11112")).xml()
                .replace(original, replacement).getBytes(StandardCharsets.UTF_8);
    }
}

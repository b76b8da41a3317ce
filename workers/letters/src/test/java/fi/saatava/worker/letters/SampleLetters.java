package fi.saatava.worker.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.worker.letters.gateway.LetterSnapshot;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Address;
import fi.saatava.worker.letters.gateway.LetterSnapshot.AmountItem;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Debtor;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Instalment;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Invoice;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Party;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Payment;

/** Snapshots as the gateway sends them (docs/contracts.md), for rendering tests. */
public final class SampleLetters {

    public static final UUID LETTER_ID = UUID.fromString("6f1c3a52-6c1e-4a43-9a53-0d7f1a7c2b10");
    public static final String BARCODE = "437159030000007760001185800000000000000000011112251205";

    public static final List<Instalment> INSTALMENTS = List.of(
            new Instalment(LocalDate.of(2025, 12, 5), "40.00"),
            new Instalment(LocalDate.of(2026, 1, 5), "40.00"),
            new Instalment(LocalDate.of(2026, 2, 5), "38.58"));

    private SampleLetters() {
    }

    /** A letter of the type, in the language, to a debtor of the type, with the type's specific data. */
    public static LetterSnapshot letter(String type, String language, String debtorType) {
        return new LetterSnapshot(LETTER_ID, UUID.fromString("0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11"), type, language,
                LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 5),
                new Party("Saatava Perintä Oy", "2077474-0",
                        new Address("Perintäkuja 1", "00100", "Helsinki", "FI"), "+358 9 123 4567",
                        "asiakaspalvelu@saatava.example", null),
                new Party("Esimerkki Energia Oy", "1234567-1", new Address("Voimalatie 5", "33100", "Tampere", "FI"),
                        null, null, "Vanha Sähkö Oy"),
                new Debtor(debtorType, "Äijö Åström-Meikäläinen",
                        new Address("Östermalmintie 7 B 12", "00980", "Helsinki", "FI")),
                new Invoice("INV-1001", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1), "Sähkö 9/2025"),
                List.of(new AmountItem("PRINCIPAL", "100.00", null, null, null, null),
                        new AmountItem("INTEREST", "0.00", null, null, null, null),
                        new AmountItem("LATE_INTEREST", "1.58", "11.50", LocalDate.of(2025, 10, 2),
                                LocalDate.of(2025, 11, 21), null),
                        new AmountItem("COLLECTION_COST", "5.00", null, null, null, "REMINDER"),
                        new AmountItem("COLLECTION_COST", "12.00", null, null, null, "FIRST_DEMAND")),
                "118.58",
                new Payment("Saatava Perintä Oy", "FI3715903000000776", "NDEAFIHH", "11112", "RF9811112", BARCODE,
                        null),
                false,
                LetterTypes.PAYMENT_PLAN_CONFIRMATION.equals(type) ? INSTALMENTS : null,
                LetterTypes.INSTALMENT_REMINDER.equals(type) ? INSTALMENTS.get(0) : null,
                LetterTypes.DISPUTE_ACKNOWLEDGEMENT.equals(type) ? LocalDate.of(2025, 11, 18) : null,
                null, null, null, null);
    }
}

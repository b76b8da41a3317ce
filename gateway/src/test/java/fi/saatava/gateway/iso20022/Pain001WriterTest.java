package fi.saatava.gateway.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import fi.saatava.law.money.Money;
import org.junit.jupiter.api.Test;

class Pain001WriterTest {

    private static final CreditTransferBatch.Party AGENCY =
            new CreditTransferBatch.Party("Saatava Perintä Oy", "FI3715903000000776", "NDEAFIHH");

    private final Pain001Writer writer = new Pain001Writer();

    @Test
    void writesAFileThatValidatesAgainstTheIsoSchemaWithTotalsThatAddUp() {
        CreditTransferBatch batch = new CreditTransferBatch("SETTLEMENT-2026-03-06", at("2026-03-06T10:00:00+02:00"),
                LocalDate.parse("2026-03-06"), AGENCY, List.of(
                new CreditTransferBatch.Transfer("S-1", Money.of("1234.56"),
                        new CreditTransferBatch.Party("Esimerkki Energia Oy", "FI2112345600000785", null),
                        "Tilitys 2026-03-06"),
                new CreditTransferBatch.Transfer("S-2", Money.of("0.44"),
                        new CreditTransferBatch.Party("Toinen Oy & Co <Ab>", "FI5810171000000122", "NDEAFIHH"),
                        "Tilitys 2026-03-06")));

        byte[] file = writer.write(batch);

        Iso20022Schema.PAIN_001_001_03.validate(file);
        String xml = new String(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("<NbOfTxs>2</NbOfTxs>", "<CtrlSum>1235.00</CtrlSum>",
                "<InstdAmt Ccy=\"EUR\">1234.56</InstdAmt>", "<IBAN>FI2112345600000785</IBAN>",
                "<ReqdExctnDt>2026-03-06</ReqdExctnDt>", "Toinen Oy &amp; Co &lt;Ab&gt;",
                "<Cd>SEPA</Cd>", "<ChrgBr>SLEV</ChrgBr>");
    }

    @Test
    void neverHandsOutAFileTheSchemaRejects() {
        CreditTransferBatch badBic = new CreditTransferBatch("M-1", at("2026-03-06T10:00:00+02:00"),
                LocalDate.parse("2026-03-06"), AGENCY, List.of(new CreditTransferBatch.Transfer("E-1",
                Money.of("1.00"), new CreditTransferBatch.Party("X", "FI2112345600000785", "NOT A BIC"), "x")));

        assertThatThrownBy(() -> writer.write(badBic))
                .isInstanceOf(InvalidIso20022Document.class)
                .hasMessageContaining("NOT A BIC");
    }

    @Test
    void refusesIdentifiersTheSchemaCannotHoldInsteadOfCuttingThem() {
        assertThatThrownBy(() -> new CreditTransferBatch.Transfer("E".repeat(36), Money.of("1.00"),
                AGENCY, "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endToEndId");
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }
}

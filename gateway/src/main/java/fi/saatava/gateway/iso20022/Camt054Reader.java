package fi.saatava.gateway.iso20022;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import fi.saatava.law.identifiers.Iban;
import fi.saatava.law.money.Money;

/**
 * Reads a bank's camt.054.001.02 file (Finnish banks' reference-payment notification, "viitesiirrot"). The file is
 * validated against the ISO 20022 schema first, then streamed one entry (Ntry) at a time.
 *
 * <p>Each entry's transaction details (NtryDtls/TxDtls) become one {@link BankTransaction} each; an entry without
 * details is one transaction of the entry's amount. The bank reference that identifies a transaction across imports is
 * the transaction's AcctSvcrRef (the bank's archive reference), else the entry's AcctSvcrRef, else its NtryRef, with
 * the transaction's position appended when one entry reference covers several transactions.
 */
public final class Camt054Reader {

    private static final String EUR = "EUR";
    private static final String BOOKED = "BOOK";
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final XMLInputFactory factory;

    public Camt054Reader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /**
     * @throws InvalidIso20022Document if the file is not a valid camt.054.001.02 document, or an entry cannot be
     *                                  imported safely (not in euros, or with no reference that identifies it)
     */
    public Camt054Notification read(byte[] file) {
        Iso20022Schema.CAMT_054_001_02.validate(file);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(file));
            try {
                return read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw invalid("the file cannot be read: " + e.getMessage());
        }
    }

    private Camt054Notification read(XMLStreamReader reader) throws XMLStreamException {
        String messageId = null;
        OffsetDateTime createdAt = null;
        String accountIban = null;
        List<BankTransaction> transactions = new ArrayList<>();
        int entryNumber = 0;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "GrpHdr" -> {
                    XmlElement header = XmlElement.read(reader);
                    messageId = header.textAt("MsgId");
                    createdAt = dateTime(header.textAt("CreDtTm"));
                }
                case "Acct" -> accountIban = iban(XmlElement.read(reader));
                case "Ntry" -> {
                    entryNumber++;
                    transactions.addAll(transactions(XmlElement.read(reader), accountIban, entryNumber));
                }
                default -> {
                    // Other elements (Ntfctn/Id, TxsSummry…) carry nothing the import needs.
                }
            }
        }
        return new Camt054Notification(messageId, createdAt, transactions);
    }

    private static String iban(XmlElement account) {
        String iban = account.textAt("Id", "IBAN");
        if (iban == null) {
            throw invalid("the notification's account (Ntfctn/Acct) has no IBAN");
        }
        return Iban.compact(iban);
    }

    private static List<BankTransaction> transactions(XmlElement entry, String accountIban, int entryNumber) {
        if (!BOOKED.equals(entry.textAt("Sts"))) {
            return List.of();
        }
        BankTransaction.Kind kind = kind(entry);
        LocalDate bookingDate = date(entry.find("BookgDt").orElse(null));
        LocalDate valueDate = date(entry.find("ValDt").orElse(null));
        if (bookingDate == null) {
            bookingDate = valueDate;
        }
        if (bookingDate == null) {
            throw invalid("entry " + entryNumber + " has neither a booking date nor a value date");
        }
        List<XmlElement> details = entry.all("NtryDtls", "TxDtls");
        String entryReference = entry.textAt("AcctSvcrRef") != null ? entry.textAt("AcctSvcrRef")
                : entry.textAt("NtryRef");
        List<BankTransaction> transactions = new ArrayList<>();
        if (details.isEmpty()) {
            transactions.add(new BankTransaction(required(entryReference, entryNumber), accountIban, kind,
                    amount(entry.find("Amt").orElseThrow(), entryNumber), bookingDate,
                    valueDate == null ? bookingDate : valueDate, null, null, null, null));
            return transactions;
        }
        for (int i = 0; i < details.size(); i++) {
            XmlElement detail = details.get(i);
            String reference = detail.textAt("Refs", "AcctSvcrRef");
            if (reference == null && entryReference != null) {
                reference = details.size() == 1 ? entryReference : entryReference + "/" + (i + 1);
            }
            String where = "transaction " + (i + 1) + " of entry " + entryNumber;
            Optional<XmlElement> entryAmount = details.size() == 1 ? entry.find("Amt") : Optional.empty();
            XmlElement amount = detail.find("AmtDtls", "TxAmt", "Amt")
                    .or(() -> detail.find("AmtDtls", "InstdAmt", "Amt"))
                    .or(() -> entryAmount)
                    .orElseThrow(() -> invalid(where + " has no amount (AmtDtls/TxAmt)"));
            transactions.add(new BankTransaction(required(reference, entryNumber), accountIban, kind,
                    amount(amount, entryNumber), bookingDate, valueDate == null ? bookingDate : valueDate,
                    creditorReference(detail), detail.textAt("RltdPties", "Dbtr", "Nm"),
                    payerIban(detail), unstructured(detail)));
        }
        return transactions;
    }

    /** A reversed credit is a debit with RvslInd; anything else but a plain credit is not a debtor's payment. */
    private static BankTransaction.Kind kind(XmlElement entry) {
        boolean reversal = "true".equals(entry.textAt("RvslInd"));
        boolean credit = "CRDT".equals(entry.textAt("CdtDbtInd"));
        if (reversal) {
            return credit ? BankTransaction.Kind.OTHER : BankTransaction.Kind.REVERSAL;
        }
        return credit ? BankTransaction.Kind.CREDIT : BankTransaction.Kind.OTHER;
    }

    private static String creditorReference(XmlElement detail) {
        for (XmlElement structured : detail.all("RmtInf", "Strd")) {
            String reference = structured.textAt("CdtrRefInf", "Ref");
            if (reference != null) {
                return reference;
            }
        }
        return null;
    }

    private static String payerIban(XmlElement detail) {
        String iban = detail.textAt("RltdPties", "DbtrAcct", "Id", "IBAN");
        return iban == null ? null : Iban.compact(iban);
    }

    private static String unstructured(XmlElement detail) {
        List<String> lines = detail.all("RmtInf", "Ustrd").stream().map(XmlElement::text)
                .filter(text -> !text.isEmpty()).toList();
        return lines.isEmpty() ? null : String.join(" ", lines);
    }

    private static Money amount(XmlElement amount, int entryNumber) {
        String currency = amount.attribute("Ccy");
        if (!EUR.equals(currency)) {
            throw invalid("entry " + entryNumber + " is in " + currency + "; the client-funds account takes euros only");
        }
        BigDecimal value = new BigDecimal(amount.text());
        if (value.stripTrailingZeros().scale() > 2) {
            throw invalid("entry " + entryNumber + " has an amount with more than two decimals");
        }
        return Money.of(value);
    }

    private static LocalDate date(XmlElement dateChoice) {
        if (dateChoice == null) {
            return null;
        }
        String date = dateChoice.textAt("Dt");
        if (date != null) {
            return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        }
        String dateTime = dateChoice.textAt("DtTm");
        return dateTime == null ? null : dateTime(dateTime).atZoneSameInstant(FINLAND).toLocalDate();
    }

    /** ISODateTime may come with or without an offset; without one it is Finnish local time. */
    private static OffsetDateTime dateTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(FINLAND).toOffsetDateTime();
        }
    }

    private static String required(String reference, int entryNumber) {
        if (reference == null) {
            throw invalid("entry " + entryNumber + " has no AcctSvcrRef or NtryRef, so a repeated import of it "
                    + "could not be recognised");
        }
        return reference;
    }

    private static InvalidIso20022Document invalid(String problem) {
        return new InvalidIso20022Document(Iso20022Schema.CAMT_054_001_02, List.of(problem));
    }
}

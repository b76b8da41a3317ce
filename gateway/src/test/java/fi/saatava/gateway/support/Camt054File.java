package fi.saatava.gateway.support;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Builds camt.054.001.02 files shaped like a Finnish bank's reference-payment notification: one entry per payment
 * or per batch, each payment a TxDtls with the bank's archive reference, the payer, the payer's account and the
 * structured creditor reference (SCOR), as described in the Finnish banks' camt.054 implementation guide.
 */
public final class Camt054File {

    public static final String CLIENT_FUNDS_IBAN = "FI3715903000000776";
    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";

    private final String messageId;
    private final String accountIban;
    private final List<Entry> entries = new ArrayList<>();

    private Camt054File(String messageId, String accountIban) {
        this.messageId = messageId;
        this.accountIban = accountIban;
    }

    public static Camt054File notification(String messageId) {
        return new Camt054File(messageId, CLIENT_FUNDS_IBAN);
    }

    public static Camt054File notification(String messageId, String accountIban) {
        return new Camt054File(messageId, accountIban);
    }

    /** A payment to the account: @param reference national or RF, as the payer wrote it */
    public record Payment(String archiveReference, String amount, String reference, String payerName,
                          String payerIban, String message) {

        public static Payment of(String archiveReference, String amount, String reference) {
            return new Payment(archiveReference, amount, reference, "Maksaja " + archiveReference,
                    "FI2112345600000785", null);
        }
    }

    private record Entry(String entryReference, boolean credit, boolean reversal, String status, LocalDate booked,
                         List<Payment> payments) {
    }

    /** One entry per payment, as most banks book single reference payments. */
    public Camt054File credit(LocalDate booked, Payment payment) {
        entries.add(new Entry(null, true, false, "BOOK", booked, List.of(payment)));
        return this;
    }

    /** Several payments in one entry (a batch booking), each with its own archive reference. */
    public Camt054File batch(String entryReference, LocalDate booked, Payment... payments) {
        entries.add(new Entry(entryReference, true, false, "BOOK", booked, List.of(payments)));
        return this;
    }

    /** The bank takes back an earlier credit: a debit with RvslInd, the same reference and amount. */
    public Camt054File reversal(LocalDate booked, Payment reversal) {
        entries.add(new Entry(null, false, true, "BOOK", booked, List.of(reversal)));
        return this;
    }

    /** Money the agency sent out (e.g. a settlement), which is not a payment. */
    public Camt054File debit(LocalDate booked, Payment transfer) {
        entries.add(new Entry(null, false, false, "BOOK", booked, List.of(transfer)));
        return this;
    }

    /** An entry the bank reports before booking it. */
    public Camt054File pending(LocalDate booked, Payment payment) {
        entries.add(new Entry(null, true, false, "PDNG", booked, List.of(payment)));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("BkToCstmrDbtCdtNtfctn");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", messageId);
            text(xml, "CreDtTm", "2026-03-02T06:15:00+02:00");
            xml.writeEndElement();
            xml.writeStartElement("Ntfctn");
            text(xml, "Id", messageId + "-1");
            text(xml, "CreDtTm", "2026-03-02T06:15:00+02:00");
            xml.writeStartElement("Acct");
            xml.writeStartElement("Id");
            text(xml, "IBAN", accountIban);
            xml.writeEndElement();
            text(xml, "Ccy", "EUR");
            xml.writeEndElement();
            for (Entry entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public String xml() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("Ntry");
        if (entry.entryReference() != null) {
            text(xml, "NtryRef", entry.entryReference());
        }
        amount(xml, "Amt", entry.payments().stream().map(payment -> new BigDecimal(payment.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
        text(xml, "CdtDbtInd", entry.credit() ? "CRDT" : "DBIT");
        if (entry.reversal()) {
            text(xml, "RvslInd", "true");
        }
        text(xml, "Sts", entry.status());
        date(xml, "BookgDt", entry.booked());
        date(xml, "ValDt", entry.booked());
        if (entry.payments().size() == 1 && entry.entryReference() == null) {
            text(xml, "AcctSvcrRef", entry.payments().get(0).archiveReference());
        }
        xml.writeStartElement("BkTxCd");
        xml.writeStartElement("Domn");
        text(xml, "Cd", "PMNT");
        xml.writeStartElement("Fmly");
        text(xml, "Cd", entry.credit() ? "RCDT" : "ICDT");
        text(xml, "SubFmlyCd", "VCOM");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("NtryDtls");
        if (entry.payments().size() > 1) {
            xml.writeStartElement("Btch");
            text(xml, "NbOfTxs", Integer.toString(entry.payments().size()));
            xml.writeEndElement();
        }
        for (Payment payment : entry.payments()) {
            transaction(xml, payment);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void transaction(XMLStreamWriter xml, Payment payment) throws XMLStreamException {
        xml.writeStartElement("TxDtls");
        xml.writeStartElement("Refs");
        text(xml, "AcctSvcrRef", payment.archiveReference());
        text(xml, "EndToEndId", "NOTPROVIDED");
        xml.writeEndElement();
        xml.writeStartElement("AmtDtls");
        xml.writeStartElement("TxAmt");
        amount(xml, "Amt", payment.amount());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("RltdPties");
        xml.writeStartElement("Dbtr");
        text(xml, "Nm", payment.payerName());
        xml.writeEndElement();
        if (payment.payerIban() != null) {
            xml.writeStartElement("DbtrAcct");
            xml.writeStartElement("Id");
            text(xml, "IBAN", payment.payerIban());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("RmtInf");
        if (payment.message() != null) {
            text(xml, "Ustrd", payment.message());
        }
        if (payment.reference() != null) {
            xml.writeStartElement("Strd");
            xml.writeStartElement("CdtrRefInf");
            xml.writeStartElement("Tp");
            xml.writeStartElement("CdOrPrtry");
            text(xml, "Cd", "SCOR");
            xml.writeEndElement();
            if (payment.reference().startsWith("RF")) {
                text(xml, "Issr", "ISO");
            }
            xml.writeEndElement();
            text(xml, "Ref", payment.reference());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void amount(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String element, LocalDate date) throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "Dt", date.toString());
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}

package fi.saatava.gateway.iso20022;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes SEPA credit transfers as an ISO 20022 pain.001.001.03 CustomerCreditTransferInitiation (the version Finnish
 * banks take for SEPA payments) and validates the result against the schema before handing it out, so the agency's
 * bank never receives a file the agency could have known to be invalid.
 */
public final class Pain001Writer {

    private static final String EUR = "EUR";
    private static final int MAX_TEXT_70 = 70;
    private static final int MAX_TEXT_140 = 140;

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    public byte[] write(CreditTransferBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(Iso20022Schema.PAIN_001_001_03.namespace());
            xml.writeStartElement("CstmrCdtTrfInitn");
            groupHeader(xml, batch);
            paymentInformation(xml, batch);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the credit transfer file failed", e);
        }
        byte[] file = out.toByteArray();
        Iso20022Schema.PAIN_001_001_03.validate(file);
        return file;
    }

    private static void groupHeader(XMLStreamWriter xml, CreditTransferBatch batch) throws XMLStreamException {
        xml.writeStartElement("GrpHdr");
        text(xml, batch.messageId(), "MsgId");
        text(xml, batch.createdAt().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), "CreDtTm");
        text(xml, Integer.toString(batch.transfers().size()), "NbOfTxs");
        text(xml, batch.total().toString(), "CtrlSum");
        text(xml, limit(batch.debtor().name(), MAX_TEXT_70), "InitgPty", "Nm");
        xml.writeEndElement();
    }

    private static void paymentInformation(XMLStreamWriter xml, CreditTransferBatch batch) throws XMLStreamException {
        xml.writeStartElement("PmtInf");
        text(xml, batch.messageId(), "PmtInfId");
        text(xml, "TRF", "PmtMtd");
        text(xml, Integer.toString(batch.transfers().size()), "NbOfTxs");
        text(xml, batch.total().toString(), "CtrlSum");
        text(xml, "SEPA", "PmtTpInf", "SvcLvl", "Cd");
        text(xml, batch.executionDate().toString(), "ReqdExctnDt");
        party(xml, "Dbtr", "DbtrAcct", "DbtrAgt", batch.debtor());
        text(xml, "SLEV", "ChrgBr");
        for (CreditTransferBatch.Transfer transfer : batch.transfers()) {
            transfer(xml, transfer);
        }
        xml.writeEndElement();
    }

    private static void transfer(XMLStreamWriter xml, CreditTransferBatch.Transfer transfer)
            throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        text(xml, transfer.endToEndId(), "PmtId", "EndToEndId");
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", EUR);
        xml.writeCharacters(transfer.amount().toString());
        xml.writeEndElement();
        xml.writeEndElement();
        CreditTransferBatch.Party creditor = transfer.creditor();
        if (creditor.bic() != null) {
            text(xml, creditor.bic(), "CdtrAgt", "FinInstnId", "BIC");
        }
        text(xml, limit(creditor.name(), MAX_TEXT_70), "Cdtr", "Nm");
        text(xml, creditor.iban(), "CdtrAcct", "Id", "IBAN");
        text(xml, limit(transfer.remittance(), MAX_TEXT_140), "RmtInf", "Ustrd");
        xml.writeEndElement();
    }

    private static void party(XMLStreamWriter xml, String partyElement, String accountElement, String agentElement,
                              CreditTransferBatch.Party party) throws XMLStreamException {
        text(xml, limit(party.name(), MAX_TEXT_70), partyElement, "Nm");
        text(xml, party.iban(), accountElement, "Id", "IBAN");
        if (party.bic() != null) {
            text(xml, party.bic(), agentElement, "FinInstnId", "BIC");
        } else {
            // DbtrAgt is mandatory; "NOTPROVIDED" is the EPC's value when the BIC is not given.
            text(xml, "NOTPROVIDED", agentElement, "FinInstnId", "Othr", "Id");
        }
    }

    /** The value inside the nested elements, e.g. {@code text(xml, iban, "CdtrAcct", "Id", "IBAN")}. */
    private static void text(XMLStreamWriter xml, String value, String... elements) throws XMLStreamException {
        for (String element : elements) {
            xml.writeStartElement(element);
        }
        xml.writeCharacters(value);
        for (int i = 0; i < elements.length; i++) {
            xml.writeEndElement();
        }
    }

    /** Names and messages longer than the schema's field are cut, never rejected: the money matters, not the text. */
    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

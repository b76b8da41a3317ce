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
        text(xml, "MsgId", batch.messageId());
        text(xml, "CreDtTm", batch.createdAt().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        text(xml, "NbOfTxs", Integer.toString(batch.transfers().size()));
        text(xml, "CtrlSum", batch.total().toString());
        xml.writeStartElement("InitgPty");
        text(xml, "Nm", limit(batch.debtor().name(), MAX_TEXT_70));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void paymentInformation(XMLStreamWriter xml, CreditTransferBatch batch) throws XMLStreamException {
        xml.writeStartElement("PmtInf");
        text(xml, "PmtInfId", batch.messageId());
        text(xml, "PmtMtd", "TRF");
        text(xml, "NbOfTxs", Integer.toString(batch.transfers().size()));
        text(xml, "CtrlSum", batch.total().toString());
        xml.writeStartElement("PmtTpInf");
        xml.writeStartElement("SvcLvl");
        text(xml, "Cd", "SEPA");
        xml.writeEndElement();
        xml.writeEndElement();
        text(xml, "ReqdExctnDt", batch.executionDate().toString());
        party(xml, "Dbtr", "DbtrAcct", "DbtrAgt", batch.debtor());
        text(xml, "ChrgBr", "SLEV");
        for (CreditTransferBatch.Transfer transfer : batch.transfers()) {
            transfer(xml, transfer);
        }
        xml.writeEndElement();
    }

    private static void transfer(XMLStreamWriter xml, CreditTransferBatch.Transfer transfer)
            throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "EndToEndId", transfer.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", EUR);
        xml.writeCharacters(transfer.amount().toString());
        xml.writeEndElement();
        xml.writeEndElement();
        CreditTransferBatch.Party creditor = transfer.creditor();
        if (creditor.bic() != null) {
            agent(xml, "CdtrAgt", creditor.bic());
        }
        xml.writeStartElement("Cdtr");
        text(xml, "Nm", limit(creditor.name(), MAX_TEXT_70));
        xml.writeEndElement();
        account(xml, "CdtrAcct", creditor.iban());
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", limit(transfer.remittance(), MAX_TEXT_140));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void party(XMLStreamWriter xml, String partyElement, String accountElement, String agentElement,
                              CreditTransferBatch.Party party) throws XMLStreamException {
        xml.writeStartElement(partyElement);
        text(xml, "Nm", limit(party.name(), MAX_TEXT_70));
        xml.writeEndElement();
        account(xml, accountElement, party.iban());
        if (party.bic() != null) {
            agent(xml, agentElement, party.bic());
        } else {
            // DbtrAgt is mandatory; "NOTPROVIDED" is the EPC's value when the BIC is not given.
            xml.writeStartElement(agentElement);
            xml.writeStartElement("FinInstnId");
            xml.writeStartElement("Othr");
            text(xml, "Id", "NOTPROVIDED");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void agent(XMLStreamWriter xml, String element, String bic) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        text(xml, "BIC", bic);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Names and messages longer than the schema's field are cut, never rejected: the money matters, not the text. */
    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

package fi.saatava.gateway.openapi;

import java.util.Map;

/** Request examples shown in the OpenAPI description; each is a valid request. */
public final class ApiExamples {

    public static final String CLAIM = """
            {
              "creditorReference": "CRM-2026-1042",
              "debtor": {
                "type": "CONSUMER", "name": "Maija Meikäläinen", "identityCode": "131052-308T", "language": "fi",
                "address": {"street": "Mannerheimintie 1 A 2", "postalCode": "00100", "city": "Helsinki"},
                "email": "maija@example.fi", "electronicLettersConsent": {"givenOn": "2026-09-15"}
              },
              "invoice": {
                "number": "2026-1042", "invoiceDate": "2026-09-01", "dueDate": "2026-10-01", "principal": "120.00",
                "description": "Kodinkoneen huolto", "reminderAlreadySent": false,
                "lines": [{"description": "Huolto", "amount": "95.00"}, {"description": "Varaosat", "amount": "25.00"}]
              },
              "terms": {"contractualInterestRate": "12.50"}
            }""";

    public static final String BUSINESS_CLAIM = """
            {
              "creditorReference": "ERP-88231",
              "debtor": {
                "type": "BUSINESS", "name": "Esimerkki Oy", "identityCode": "2077474-0", "language": "fi",
                "address": {"street": "Tehdaskatu 3", "postalCode": "33100", "city": "Tampere"}
              },
              "invoice": {
                "number": "88231", "invoiceDate": "2026-08-01", "dueDate": "2026-08-31", "principal": "1800.00",
                "description": "Consulting, July 2026", "reminderAlreadySent": true, "reminderSentOn": "2026-09-10"
              },
              "terms": {"commercialPayment": true}
            }""";

    public static final String CREDITOR = """
            {
              "name": "Esimerkki Energia Oy", "businessId": "1234567-1", "settlementIban": "FI37 1590 3000 0007 76",
              "address": {"street": "Voimalatie 5", "postalCode": "33100", "city": "Tampere"},
              "contact": {"name": "Essi Esimerkki", "email": "perinta@energia.example", "phone": "+358 40 123 4567"},
              "letterLanguage": "fi", "commission": {"percent": "15.00", "fixedFeePerClaim": "0.00"}
            }""";

    public static final String DIRECT_PAYMENT = """
            {"type": "DIRECT_PAYMENT", "eventReference": "PAY-5531", "amount": "50.00", "paidOn": "2026-11-02",
             "description": "Paid at our office"}""";

    public static final String CREDIT_NOTE = """
            {"type": "CREDIT_NOTE", "eventReference": "CN-77", "amount": "20.00", "date": "2026-11-02",
             "creditNoteNumber": "CN-77", "description": "Discount for the late repair"}""";

    public static final String ADDITIONAL_CLAIM = """
            {"type": "ADDITIONAL_CLAIM", "eventReference": "INV-2026-1107", "amount": "30.00",
             "invoiceNumber": "2026-1107", "invoiceDate": "2026-10-01", "dueDate": "2026-10-31",
             "description": "Broadband, October 2026"}""";

    public static final String WITHDRAWAL = """
            {"type": "WITHDRAWAL", "eventReference": "WD-1", "reason": "Settled with the debtor"}""";

    public static final String DISPUTE_NOTICE = """
            {"type": "DISPUTE_NOTICE", "eventReference": "DSP-1", "receivedOn": "2026-11-03",
             "reason": "The debtor says the repair was never done"}""";

    public static final String OPERATOR_DISPUTE = """
            {"receivedOn": "2026-11-03", "description": "The debtor phoned: says the repair was never done"}""";

    public static final String JSON_LINES_BATCH = """
            {"creditorReference": "B-1", "debtor": {"type": "CONSUMER", "name": "Maija Meikäläinen", \
            "identityCode": "131052-308T", "address": {"street": "Kotikatu 1", "postalCode": "00100", \
            "city": "Helsinki"}}, "invoice": {"number": "1", "invoiceDate": "2026-09-01", "dueDate": "2026-10-01", \
            "principal": "120.00", "description": "Broadband", "reminderAlreadySent": false}}
            {"creditorReference": "B-2", "debtor": {"type": "BUSINESS", "name": "Esimerkki Oy", \
            "identityCode": "2077474-0", "address": {"street": "Tehdaskatu 3", "postalCode": "33100", \
            "city": "Tampere"}}, "invoice": {"number": "2", "invoiceDate": "2026-09-01", "dueDate": "2026-10-01", \
            "principal": "1800.00", "description": "Consulting", "reminderAlreadySent": false}, \
            "terms": {"commercialPayment": true}}
            """;

    public static final String CSV_BATCH = """
            creditorReference,debtor.type,debtor.name,debtor.identityCode,debtor.address.street,\
            debtor.address.postalCode,debtor.address.city,invoice.number,invoice.invoiceDate,invoice.dueDate,\
            invoice.principal,invoice.description,invoice.reminderAlreadySent
            C-1,CONSUMER,Maija Meikäläinen,131052-308T,"Kotikatu 1, A 2",00100,Helsinki,1,2026-09-01,2026-10-01,\
            120.00,Broadband,false
            """;

    public static final String PAYMENT_PLAN_REQUEST = """
            {"instalments": [{"dueDate": "2026-12-01", "amount": "60.00"}, {"dueDate": "2027-01-01", "amount": "60.00"},
                             {"dueDate": "2027-02-01", "amount": "42.50"}]}""";

    public static final String SINGLE_PAYMENT = """
            {"bankReference": "20261102593497UV1234", "amount": "120.00", "date": "2026-11-02", "reference": "1000012",
             "payer": {"name": "Maija Meikäläinen", "iban": "FI21 1234 5600 0007 85"}, "message": "Lasku 2026-1042"}""";

    /** A Finnish bank's reference-payment notification (camt.054.001.02) with one payment. */
    public static final String BANK_STATEMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
              <BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>20261103-0001</MsgId><CreDtTm>2026-11-03T06:15:00+02:00</CreDtTm></GrpHdr>
                <Ntfctn>
                  <Id>20261103-0001-1</Id><CreDtTm>2026-11-03T06:15:00+02:00</CreDtTm>
                  <Acct><Id><IBAN>FI3715903000000776</IBAN></Id><Ccy>EUR</Ccy></Acct>
                  <Ntry>
                    <Amt Ccy="EUR">120.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                    <BookgDt><Dt>2026-11-02</Dt></BookgDt><ValDt><Dt>2026-11-02</Dt></ValDt>
                    <AcctSvcrRef>20261102593497UV1234</AcctSvcrRef>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls><TxDtls>
                      <Refs><AcctSvcrRef>20261102593497UV1234</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                      <AmtDtls><TxAmt><Amt Ccy="EUR">120.00</Amt></TxAmt></AmtDtls>
                      <RltdPties><Dbtr><Nm>Maija Meikäläinen</Nm></Dbtr>
                        <DbtrAcct><Id><IBAN>FI2112345600000785</IBAN></Id></DbtrAcct></RltdPties>
                      <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>1000012</Ref>
                      </CdtrRefInf></Strd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                </Ntfctn>
              </BkToCstmrDbtCdtNtfctn>
            </Document>""";

    public static final String ASSIGNMENT = """
            {"claimId": "3f0c6a52-8d7e-4a43-9a0e-1b2c3d4e5f60"}""";

    public static final String REFUND_DECISION = """
            {"payeeName": "Maija Meikäläinen", "payeeIban": "FI21 1234 5600 0007 85"}""";

    public static final String PAYEE_ACCOUNT = """
            {"payeeIban": "FI21 1234 5600 0007 85"}""";

    public static final String INSOLVENCY_NOTICE = """
            {"procedure": "DEBT_ADJUSTMENT", "caseNumber": "H 26/1234", "startDate": "2026-11-01",
             "lodgingDeadline": "2026-12-15",
             "administrator": {"name": "Asianajotoimisto Esimerkki Oy", "email": "selvittaja@example.fi"}}""";

    public static final String SIMULATION_CLOCK = """
            {"advanceDays": 14}""";

    public static final String SETTLEMENT_SCHEDULE = """
            {"interval": "MONTHLY"}""";

    /**
     * Examples of the request bodies whose controllers do not carry their own, by "METHOD path" as the OpenAPI
     * description names the operation.
     */
    static final Map<String, String> BY_OPERATION = Map.of(
            "POST /api/v1/claims/{id}/payment-plan-requests", PAYMENT_PLAN_REQUEST,
            "POST /api/admin/claims/{id}/payment-plan-requests", PAYMENT_PLAN_REQUEST,
            "POST /api/admin/payments", SINGLE_PAYMENT,
            "POST /api/admin/bank-statements", BANK_STATEMENT,
            "POST /api/admin/unmatched-payments/{id}/assignment", ASSIGNMENT,
            "POST /api/admin/unmatched-payments/{id}/refund", REFUND_DECISION,
            "PUT /api/admin/refunds/{id}/payee-account", PAYEE_ACCOUNT,
            "POST /api/admin/claims/{claimId}/insolvency-proceedings", INSOLVENCY_NOTICE,
            "POST /api/admin/simulation/clock", SIMULATION_CLOCK,
            "PUT /api/admin/creditors/{creditorId}/settlement-schedule", SETTLEMENT_SCHEDULE);

    private ApiExamples() {
    }
}

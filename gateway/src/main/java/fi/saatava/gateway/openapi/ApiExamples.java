package fi.saatava.gateway.openapi;

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

    private ApiExamples() {
    }
}

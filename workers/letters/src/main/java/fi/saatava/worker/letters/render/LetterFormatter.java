package fi.saatava.worker.letters.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.saatava.law.identifiers.Iban;
import fi.saatava.law.identifiers.ReferenceNumber;
import fi.saatava.law.identifiers.RfReference;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.worker.letters.gateway.LetterSnapshot;
import fi.saatava.worker.letters.gateway.LetterSnapshot.AmountItem;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Invoice;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Party;

/**
 * Presents the snapshot's values in the letter's language: amounts, dates, rates and the payment identifiers in
 * their printed grouping (spec §12.3–12.5). It formats only; every value is the gateway's.
 */
public class LetterFormatter {

    private final LetterLanguage language;
    private final LetterTexts texts;
    private final DateTimeFormatter dates;
    private final NumberFormat numbers;

    public LetterFormatter(LetterLanguage language, LetterTexts texts) {
        this.language = language;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(text("format.date"), language.locale());
        this.numbers = NumberFormat.getNumberInstance(language.locale());
        numbers.setMinimumFractionDigits(2);
        numbers.setMaximumFractionDigits(2);
    }

    public String language() {
        return language.code();
    }

    public String money(String amount) {
        return text("format.money", numbers.format(new BigDecimal(amount)));
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public String reference(String reference) {
        return ReferenceNumber.format(reference);
    }

    public String rfReference(String rfReference) {
        return RfReference.format(rfReference);
    }

    public String iban(String iban) {
        return Iban.format(iban);
    }

    /** The country line of a foreign address, in capitals as Posti asks. */
    public String country(String isoCode) {
        return new Locale.Builder().setRegion(isoCode).build().getDisplayCountry(language.locale()).toUpperCase(language.locale());
    }

    /** Rate, period and, for a collection cost, the letter it was charged for. */
    public String itemDetail(AmountItem item) {
        List<String> parts = new ArrayList<>();
        if (item.rate() != null) {
            parts.add(text("format.rate", numbers.format(new BigDecimal(item.rate()))));
        }
        if (item.from() != null && item.to() != null) {
            parts.add(text("format.period", date(item.from()), date(item.to())));
        }
        if (item.letterType() != null) {
            parts.add(text("amount.costFor." + item.letterType()));
        }
        return String.join(", ", parts);
    }

    /** "Name, street, postal code city". */
    public String partyLine(Party party) {
        return party.name() + ", " + party.address().street() + ", " + party.address().postalCode() + " "
                + party.address().city();
    }

    /**
     * The opening paragraph of the letter's type, given: {0} the creditor, {1} the invoice's due date, {2} this
     * letter's due date, {3} the date the type is about (a dispute's receipt, a missed instalment's due date) and
     * {4} the missed instalment's amount.
     */
    public String intro(LetterSnapshot letter) {
        LocalDate about = letter.disputeReceivedOn() != null ? letter.disputeReceivedOn()
                : letter.missedInstalment() != null ? letter.missedInstalment().dueDate() : null;
        String missedAmount = letter.missedInstalment() == null ? "" : money(letter.missedInstalment().amount());
        // A dispute an operator raised in the engine has no recorded receipt date: the text then names no day.
        String key = "intro." + letter.type()
                + (about == null && LetterTypes.DISPUTE_ACKNOWLEDGEMENT.equals(letter.type()) ? ".undated" : "");
        return text(key, letter.creditor().name(), date(letter.invoice().dueDate()), date(letter.dueDate()),
                date(about), missedAmount);
    }

    /** The basis of the claim (spec §3.6 1 mom 2 k): the invoice and what it was for. */
    public String basis(Invoice invoice) {
        String line = text("basis.invoice", invoice.number(), date(invoice.date()), date(invoice.dueDate()));
        return invoice.description() == null || invoice.description().isBlank()
                ? line
                : line + ": " + invoice.description();
    }

    /** The collector's identification on every page. */
    public String footer(Party collector) {
        List<String> parts = new ArrayList<>(List.of(partyLine(collector)));
        if (collector.businessId() != null) {
            parts.add(text("footer.businessId") + " " + collector.businessId());
        }
        if (collector.phone() != null) {
            parts.add(text("footer.phone") + " " + collector.phone());
        }
        if (collector.email() != null) {
            parts.add(collector.email());
        }
        return String.join(" · ", parts);
    }

    /** Where objections and requests go (spec §3.6 1 mom 7 k): the collector's postal address and e-mail. */
    public String contact(Party collector) {
        String postal = partyLine(collector);
        return collector.email() == null ? postal : postal + ", " + collector.email();
    }

    private String text(String key, Object... args) {
        return texts.text(language, key, args);
    }
}

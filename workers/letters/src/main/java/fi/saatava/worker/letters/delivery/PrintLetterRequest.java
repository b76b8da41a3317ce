package fi.saatava.worker.letters.delivery;

import fi.saatava.worker.letters.gateway.LetterSnapshot;

/**
 * Body of the print house's {@code POST /letters} (docs/contracts.md "Print house"): the recipient's postal address
 * and the PDF (Jackson writes the bytes as base64). No identity code: the print house needs none.
 */
public record PrintLetterRequest(String letterId, Recipient recipient, String mailClass, Document document) {

    public record Recipient(String name, String street, String postalCode, String city, String country) {
    }

    public record Document(String contentType, byte[] content) {
    }

    static PrintLetterRequest of(LetterSnapshot letter, String mailClass, byte[] pdf) {
        LetterSnapshot.Address address = letter.debtor().address();
        String country = address.country() == null || address.country().isBlank() ? "FI" : address.country();
        return new PrintLetterRequest(letter.letterId().toString(),
                new Recipient(letter.debtor().name(), address.street(), address.postalCode(), address.city(), country),
                mailClass, new Document("application/pdf", pdf));
    }
}

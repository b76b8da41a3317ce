package fi.saatava.gateway.claims;

import fi.saatava.law.money.Money;

/** One line of a stored invoice; the lines add up to the principal. */
public record InvoiceLine(int lineNumber, String description, Money amount) {
}

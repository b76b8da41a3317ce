package fi.saatava.gateway.legal;

import java.time.LocalDate;

import fi.saatava.gateway.claims.Claim;

/** Prepares the document of one kind of filing; {@link Filings} freezes it under its filing id. */
public interface FilingDocument {

    FilingKind kind();

    /**
     * The document as of {@code today}, serialised to JSON as the worker receives it.
     *
     * @throws org.springframework.web.ErrorResponseException (409) when the claim is not ready for this filing
     */
    Object prepare(Claim claim, String filingId, LocalDate today);
}

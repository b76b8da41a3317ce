package fi.saatava.gateway.problem;

import java.net.URI;

/** The {@code type} URIs of the gateway's problem responses (RFC 9457), one per kind of problem. */
public final class ProblemTypes {

    private static final String BASE = "https://saatava.fi/problems/";

    /** The request body names fields that are missing or wrong; {@code errors} lists each. */
    public static final URI INVALID_REQUEST = URI.create(BASE + "invalid-request");
    /** The request body is not JSON at all. */
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    /** No valid credentials (for the creditor API: no valid API key). */
    public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");
    /** Valid credentials without the right to this API. */
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    /** The request is valid but conflicts with the resource's state. */
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    /** The body is larger than the endpoint takes (too many rows, a row too long). */
    public static final URI TOO_LARGE = URI.create(BASE + "too-large");
    /** The body's Content-Type (or its charset) is not one the endpoint reads. */
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI INTERNAL_ERROR = URI.create(BASE + "internal-error");

    private ProblemTypes() {
    }
}

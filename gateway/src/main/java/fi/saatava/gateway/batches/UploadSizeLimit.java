package fi.saatava.gateway.batches;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The most bytes one batch upload may hold. The row cap and the row length cap alone let an upload reach
 * 100 000 rows of 64 Ki characters (about 6 GB in UTF-8) that would all be written to the database; this refuses it
 * as it streams in, before the transaction that stores its rows can commit.
 *
 * <p>The default, 64 MiB, fits 100 000 realistic rows with room to spare: a claim as one JSON line without invoice
 * lines is about 350 bytes (the OpenAPI example), with a few invoice lines about 600, so a full batch is 35-60 MB;
 * 64 MiB allows an average of 671 bytes a row. Set {@code saatava.batches.max-upload-bytes} for creditors with
 * longer rows.
 */
@Component
class UploadSizeLimit {

    /** The body passed the limit; nothing of it is kept. */
    static final class UploadTooLargeException extends IOException {

        UploadTooLargeException(long maxBytes) {
            super("The upload is larger than " + maxBytes + " bytes");
        }
    }

    private final long maxBytes;

    UploadSizeLimit(@Value("${saatava.batches.max-upload-bytes:67108864}") long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("saatava.batches.max-upload-bytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * The body, read through a count that fails once it passes the limit.
     *
     * @param declaredLength the request's Content-Length, -1 if not known (chunked): past the limit, the upload is
     *                       refused before a byte is read
     */
    InputStream bounded(long declaredLength, InputStream body) throws UploadTooLargeException {
        if (declaredLength > maxBytes) {
            throw new UploadTooLargeException(maxBytes);
        }
        return new FilterInputStream(body) {

            private long count;

            @Override
            public int read() throws IOException {
                int read = super.read();
                if (read >= 0) {
                    counted(1);
                }
                return read;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    counted(read);
                }
                return read;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                counted(skipped);
                return skipped;
            }

            /** Marks would let bytes be read twice; the readers above buffer on their own. */
            @Override
            public boolean markSupported() {
                return false;
            }

            private void counted(long bytes) throws UploadTooLargeException {
                count += bytes;
                if (count > maxBytes) {
                    throw new UploadTooLargeException(maxBytes);
                }
            }
        };
    }
}

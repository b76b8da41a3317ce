package fi.saatava.gateway.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class UploadSizeLimitTest {

    private final UploadSizeLimit limit = new UploadSizeLimit(10);

    @Test
    void anUploadUpToTheLimitIsReadWhole() throws IOException {
        assertThat(limit.bounded(-1, new ByteArrayInputStream(new byte[10])).readAllBytes()).hasSize(10);
        assertThat(limit.bounded(10, new ByteArrayInputStream(new byte[10])).read()).isZero();
    }

    @Test
    void aStreamedUploadPastTheLimitFailsAsItIsRead() throws IOException {
        InputStream bounded = limit.bounded(-1, new ByteArrayInputStream(new byte[11]));

        assertThat(bounded.readNBytes(10)).hasSize(10);
        assertThatThrownBy(bounded::read).isInstanceOf(UploadSizeLimit.UploadTooLargeException.class)
                .hasMessageContaining("10 bytes");
        assertThatThrownBy(() -> limit.bounded(-1, new ByteArrayInputStream(new byte[11])).readAllBytes())
                .isInstanceOf(UploadSizeLimit.UploadTooLargeException.class);
    }

    @Test
    void aDeclaredLengthPastTheLimitIsRefusedBeforeAByteIsRead() {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };

        assertThatThrownBy(() -> limit.bounded(11, unread))
                .isInstanceOf(UploadSizeLimit.UploadTooLargeException.class);
    }

    @Test
    void theDefaultHoldsAHundredThousandRealisticRows() {
        long realisticRow = 600; // a JSON line with a few invoice lines
        assertThat(new UploadSizeLimit(64L * 1024 * 1024).maxBytes()).isGreaterThan(BatchUpload.MAX_ROWS * realisticRow);
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> new UploadSizeLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

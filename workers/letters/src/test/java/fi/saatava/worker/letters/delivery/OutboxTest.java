package fi.saatava.worker.letters.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    private static final UUID LETTER = UUID.fromString("6f1c3a52-6c1e-4a43-9a53-0d7f1a7c2b10");

    @TempDir
    Path directory;

    @Test
    void writesTheLetterUnderItsIdAndLeavesNoTemporaryFile() throws IOException {
        Outbox outbox = new Outbox(directory.resolve("var/outbox"));

        Path file = outbox.write(LETTER, new byte[] {1, 2, 3});

        assertThat(file).isEqualTo(directory.resolve("var/outbox/" + LETTER + ".pdf"));
        assertThat(outbox.read(LETTER)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
        try (Stream<Path> files = Files.list(directory.resolve("var/outbox"))) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writingAgainReplacesTheSameFile() throws IOException {
        Outbox outbox = new Outbox(directory);

        outbox.write(LETTER, new byte[] {1});
        outbox.write(LETTER, new byte[] {2});

        assertThat(outbox.read(LETTER)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(2));
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aLetterNeverWrittenIsAbsent() {
        assertThat(new Outbox(directory.resolve("missing")).read(LETTER)).isEmpty();
    }
}

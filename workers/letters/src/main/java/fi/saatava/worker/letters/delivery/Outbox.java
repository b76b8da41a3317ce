package fi.saatava.worker.letters.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory where rendered letters land as {@code <letterId>.pdf} (for local runs and as the archive copy).
 * A file appears whole or not at all: it is written under a temporary name and moved into place atomically, so a
 * crash never leaves half a letter for a print run to pick up.
 */
public class Outbox {

    private final Path directory;

    public Outbox(Path directory) {
        this.directory = directory;
    }

    public Path fileOf(UUID letterId) {
        return directory.resolve(letterId + ".pdf");
    }

    /** The letter as written by an earlier delivery of the same task, if any. */
    public Optional<byte[]> read(UUID letterId) {
        Path file = fileOf(letterId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Whether the letter already left through a channel that cannot dedupe by itself (e-mail). */
    public boolean wasSent(UUID letterId, String channel) {
        return Files.exists(markerOf(letterId, channel));
    }

    /** Remembers that the letter left through the channel ({@code .sent/<letterId>.<channel>}). */
    public void markSent(UUID letterId, String channel) {
        Path marker = markerOf(letterId, channel);
        try {
            Files.createDirectories(marker.getParent());
            Files.write(marker, new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }

    private Path markerOf(UUID letterId, String channel) {
        return directory.resolve(".sent").resolve(letterId + "." + channel);
    }

    /** Withdraws a letter that must not go out. */
    public void delete(UUID letterId) {
        try {
            Files.deleteIfExists(fileOf(letterId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + fileOf(letterId), e);
        }
    }

    public Path write(UUID letterId, byte[] pdf) {
        Path target = fileOf(letterId);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "." + letterId, ".tmp");
            try {
                Files.write(temp, pdf);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}

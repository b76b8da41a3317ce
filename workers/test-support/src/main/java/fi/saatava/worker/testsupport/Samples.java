package fi.saatava.worker.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Sample JSON files from a test's class path, with {@code {{NAME}}} placeholders filled in. */
public final class Samples {

    private Samples() {
    }

    /**
     * @param replacements pairs of placeholder name and value, e.g. {@code "CODE", "131052-002X"}
     */
    public static String json(String resource, String... replacements) {
        try (InputStream in = Samples.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int i = 0; i + 1 < replacements.length; i += 2) {
                text = text.replace("{{" + replacements[i] + "}}", replacements[i + 1]);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

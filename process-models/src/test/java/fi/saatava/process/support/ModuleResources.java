package fi.saatava.process.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The model files of this module, read from the source tree as Camunda Modeler edits them. */
public final class ModuleResources {

    private ModuleResources() {
    }

    /** Every file under {@code folder} (relative to the module root) whose name ends with {@code suffix}. */
    public static List<Path> files(String folder, String suffix) {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    public static boolean exists(String folder, String name) {
        return Files.isRegularFile(Path.of(folder, name));
    }
}

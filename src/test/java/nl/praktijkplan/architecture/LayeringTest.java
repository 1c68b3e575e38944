package nl.praktijkplan.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The domain is pure Java: no UI, export, database or JSON library reaches into it. */
class LayeringTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import (static )?(javafx|org\\.controlsfx|atlantafx|org\\.jfree|org\\.apache\\.poi|org\\.h2|java\\.sql"
                    + "|com\\.openhtmltopdf|org\\.apache\\.pdfbox|com\\.fasterxml|nl\\.praktijkplan\\.(ui|app|store|report|cli|casefile))",
            Pattern.MULTILINE);

    @Test
    void domainImportsNoInfrastructure() throws IOException {
        Path domain = Path.of("src/main/java/nl/praktijkplan/domain");
        try (Stream<Path> files = Files.walk(domain)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> FORBIDDEN.matcher(read(p)).find())
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

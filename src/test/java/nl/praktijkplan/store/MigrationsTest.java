package nl.praktijkplan.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void indexListsEveryScriptInOrder() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(folder())) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        assertEquals(files, Migrations.all().stream().map(m -> Path.of(m.resource()).getFileName().toString()).toList());
        assertEquals(3, Migrations.latestVersion());
        assertEquals("version checksums", Migrations.all().get(2).description());
        assertEquals("recycle bin search recent", Migrations.all().get(1).description());
    }

    @Test
    void splitsScriptsIntoStatementsWithoutComments() {
        List<String> v1 = Migrations.statements(Migrations.all().get(0).resource());
        assertEquals(4, v1.size(), "three tables and one index");
        assertTrue(v1.get(0).startsWith("CREATE TABLE practice"));
        assertTrue(v1.stream().noneMatch(s -> s.contains("--") || s.endsWith(";")));
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(Migrations.class.getResource(Migrations.FOLDER + "index.txt").toURI()).getParent();
    }
}

package nl.praktijkplan.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.io.AtomicFiles;

/** Writes a case as JSON in the current format version, atomically. */
public final class CaseFileWriter {

    /** The case as a JSON tree, {@code formatVersion} first. */
    public ObjectNode toTree(BusinessCase c) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(CaseFormat.VERSION_FIELD, CaseFormat.CURRENT_VERSION);
        root.setAll(JsonTrees.of(c));
        return root;
    }

    public void write(BusinessCase c, OutputStream out) throws IOException {
        JsonTrees.write(toTree(c), out);
    }

    public String toJson(BusinessCase c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(c, out);
        } catch (IOException e) {
            throw new IllegalStateException("A case always serialises", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public void write(BusinessCase c, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(c, out));
    }
}

package nl.praktijkplan.casefile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.praktijkplan.domain.input.BusinessCase;
import nl.praktijkplan.io.AtomicFiles;

/** Writes a case as JSON in the current format version, atomically. */
public final class CaseFileWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The case as a JSON tree, {@code formatVersion} first. */
    public ObjectNode toTree(BusinessCase c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(CaseFormat.VERSION_FIELD, CaseFormat.CURRENT_VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(c));
        return root;
    }

    public void write(BusinessCase c, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(c));
    }

    public String toJson(BusinessCase c) {
        try {
            return MAPPER.writeValueAsString(toTree(c));
        } catch (IOException e) {
            throw new IllegalStateException("A case always serialises", e);
        }
    }

    public void write(BusinessCase c, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(c, out));
    }
}

package nl.praktijkplan.casefile;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON text to tree and back, and a record to tree, on Jackson's streaming parser and generator alone. They give the
 * trees and the text that Jackson's {@code ObjectMapper} gives ({@code JsonTreesTest} holds them side by side), without
 * the mapper: building it and introspecting the case's records cost about half a second of processor time at
 * start-up, beside the window being built.
 */
public final class JsonTrees {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * The tree of one JSON value; empty input gives a missing node. A field named twice, text after the value or
     * anything that is not JSON is refused with the parser's exception (with its location).
     */
    public static JsonNode parse(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return MissingNode.getInstance();
            }
            JsonNode root = value(p, t);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new JsonParseException(p, "Trailing token (of type " + after + ") found after value",
                        p.currentTokenLocation());
            }
            return root;
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT:
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            case START_ARRAY:
                ArrayNode a = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    a.add(value(p, e));
                }
                return a;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL ? NODES.numberNode(p.getDecimalValue())
                        : NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(p, "Unexpected token " + t, p.currentTokenLocation());
        }
    }

    /** Writes a tree as indented JSON (two spaces, as the mapper's INDENT_OUTPUT); the stream stays open. */
    public static void write(JsonNode tree, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            write(tree, g);
        }
    }

    private static void write(JsonNode n, JsonGenerator g) throws IOException {
        if (n.isObject()) {
            g.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                g.writeFieldName(f.getKey());
                write(f.getValue(), g);
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode e : n) {
                write(e, g);
            }
            g.writeEndArray();
        } else if (n.isTextual()) {
            g.writeString(n.textValue());
        } else if (n.isBoolean()) {
            g.writeBoolean(n.booleanValue());
        } else if (n.isNull()) {
            g.writeNull();
        } else if (n.isInt()) {
            g.writeNumber(n.intValue());
        } else if (n.isLong()) {
            g.writeNumber(n.longValue());
        } else if (n.isBigInteger()) {
            g.writeNumber(n.bigIntegerValue());
        } else if (n.isBigDecimal()) {
            g.writeNumber(n.decimalValue());
        } else if (n.isNumber()) {
            g.writeNumber(n.doubleValue());
        } else {
            throw new IllegalArgumentException("no JSON text for a " + n.getNodeType() + " node");
        }
    }

    /**
     * A record as a JSON object with its components in declaration order, as the mapper writes a record: texts,
     * numbers, booleans, enums (by name), lists, maps with text keys and records within, and null for an absent value.
     */
    public static ObjectNode of(Record r) {
        return (ObjectNode) node(r);
    }

    private static JsonNode node(Object v) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof String s) {
            return NODES.textNode(s);
        } else if (v instanceof Double d) {
            return NODES.numberNode(d);
        } else if (v instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        } else if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            for (Object e : list) {
                a.add(node(e));
            }
            return a;
        } else if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, e) -> o.set((String) k, node(e)));
            return o;
        } else if (v instanceof Record r) {
            ObjectNode o = NODES.objectNode();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    o.set(c.getName(), node(c.getAccessor().invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
                }
            }
            return o;
        }
        throw new IllegalArgumentException("no JSON form for a " + v.getClass().getName());
    }
}

package nl.praktijkplan.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import nl.praktijkplan.domain.assumption.Assumption;
import nl.praktijkplan.domain.assumption.AssumptionCatalogue;
import nl.praktijkplan.domain.input.IncomeMethod;
import nl.praktijkplan.domain.input.OptionType;
import nl.praktijkplan.domain.input.PurchaseTax;
import nl.praktijkplan.domain.input.RepaymentType;
import nl.praktijkplan.domain.input.SpaceMethod;
import nl.praktijkplan.domain.input.ValuationMethod;

/**
 * A seeded mutator over the five sample case files, for fuzzing the reader and the engine. Each input is a sample
 * with one to four replayable {@link Change}s (numbers at and beyond their bounds, other choices, switched options,
 * assumption overrides; with {@code structural} also removed fields, wrong types and odd text), and, for the
 * reader, sometimes a last twist that makes the file ambiguous or damaged.
 */
public final class CaseFileMutator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LONE = "@@lone-surrogate@@";
    private static final List<String> INTEGER_FIELDS = List.of("formatVersion", "startYear", "horizonYears", "patients",
            "aiosCount", "dwellingYears", "tariffChangeFromYear", "practiceHolders", "preferredOption", "insuredWithoutGp");
    private static final Map<String, List<String>> CHOICES = Map.of(
            "type", names(OptionType.values()),
            "method", concat(names(ValuationMethod.values()), names(IncomeMethod.values())),
            "purchaseTax", names(PurchaseTax.values()),
            "repayment", names(RepaymentType.values()),
            "spaceMethod", names(SpaceMethod.values()));
    private static final List<List<Object>> SWITCHES = List.of(List.of("financing", "useBmkb"), List.of("financing", "starter"),
            List.of("growth", "capAtCapacity"), List.of("practice", "trainingPractice"));

    /** One change to a sample's tree: the value at a path is replaced, or removed when {@code value} is null. */
    public record Change(List<Object> path, JsonNode value) {
        public String describe() {
            return pathText(path) + (value == null ? " removed" : " = " + JsonPath.printable(value.toString()));
        }
    }

    /** How the file is twisted after the changes: the reader must refuse the first three. */
    public enum Twist {
        NONE, DUPLICATE_KEY, LONE_SURROGATE, WRAPPED_INTEGER, DAMAGED_BYTES;

        public boolean mustBeRefused() {
            return this == DUPLICATE_KEY || this == LONE_SURROGATE || this == WRAPPED_INTEGER;
        }
    }

    /** A generated case file and how it was made. */
    public record Input(String sample, List<Change> changes, Twist twist, byte[] bytes) {
        public String describe() {
            return sample + ": " + changes.stream().map(Change::describe).collect(Collectors.joining("; "))
                    + (twist == Twist.NONE ? "" : "; then " + twist);
        }
    }

    private final Map<String, ObjectNode> samples = new LinkedHashMap<>();
    private final List<Assumption> assumptions = List.copyOf(AssumptionCatalogue.standard().all());
    private final Random random;
    private final boolean structural;

    /** @param structural also remove fields, change types and corrupt text (for the reader); else keep types */
    public CaseFileMutator(long seed, boolean structural) {
        this.random = new Random(seed);
        this.structural = structural;
        for (String name : SampleCases.names()) {
            try (InputStream in = SampleCases.class.getResourceAsStream("/nl/praktijkplan/samples/" + name)) {
                samples.put(name, (ObjectNode) MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Input next() {
        List<String> names = new ArrayList<>(samples.keySet());
        String sample = names.get(random.nextInt(names.size()));
        ObjectNode tree = samples.get(sample).deepCopy();
        List<Change> changes = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Change c = change(tree);
            if (c != null) {
                apply(tree, c);
                changes.add(c);
            }
        }
        Twist twist = Twist.NONE;
        if (structural && random.nextInt(4) == 0) {
            twist = Twist.values()[1 + random.nextInt(Twist.values().length - 1)];
        }
        return new Input(sample, changes, twist, twisted(tree, twist));
    }

    /** The input again with only the given changes (to find the fewest that still fail). */
    public Input replay(Input input, List<Change> changes) {
        ObjectNode tree = samples.get(input.sample()).deepCopy();
        changes.forEach(c -> apply(tree, c));
        return new Input(input.sample(), changes, Twist.NONE, twisted(tree, Twist.NONE));
    }

    private Change change(ObjectNode tree) {
        List<Map.Entry<List<Object>, JsonNode>> leaves = new ArrayList<>();
        leaves(tree, new ArrayList<>(), leaves);
        int kind = random.nextInt(structural ? 9 : 6);
        switch (kind) {
            case 0, 1 -> {
                List<Map.Entry<List<Object>, JsonNode>> numbers = leaves.stream().filter(e -> e.getValue().isNumber()).toList();
                if (numbers.isEmpty()) {
                    return null;
                }
                var e = numbers.get(random.nextInt(numbers.size()));
                return new Change(e.getKey(), number(e.getKey(), e.getValue().doubleValue()));
            }
            case 2 -> {
                List<Map.Entry<List<Object>, JsonNode>> choices = leaves.stream()
                        .filter(e -> e.getValue().isTextual() && CHOICES.containsKey(last(e.getKey()))).toList();
                if (choices.isEmpty()) {
                    return null;
                }
                var e = choices.get(random.nextInt(choices.size()));
                List<String> values = CHOICES.get(last(e.getKey()));
                return new Change(e.getKey(), TextNode.valueOf(values.get(random.nextInt(values.size()))));
            }
            case 3 -> {
                return new Change(SWITCHES.get(random.nextInt(SWITCHES.size())), BooleanNode.valueOf(random.nextBoolean()));
            }
            case 4 -> {
                Assumption a = assumptions.get(random.nextInt(assumptions.size()));
                double[] candidates = {a.min(), a.max(), a.value(), a.min() + random.nextDouble() * (a.max() - a.min())};
                return new Change(List.of("assumptionOverrides", a.key()), DoubleNode.valueOf(candidates[random.nextInt(4)]));
            }
            case 5 -> {
                // An option of another sample in place of one of this case's options.
                List<ObjectNode> all = new ArrayList<>(samples.values());
                JsonNode from = all.get(random.nextInt(all.size())).get("options");
                JsonNode option = from.get(random.nextInt(from.size())).deepCopy();
                JsonNode options = tree.get("options");
                return options == null || !options.isArray() || options.isEmpty() ? null
                        : new Change(List.of("options", random.nextInt(options.size())), option);
            }
            case 6 -> {
                if (leaves.isEmpty()) {
                    return null;
                }
                var e = leaves.get(random.nextInt(leaves.size()));
                return new Change(e.getKey(), null);
            }
            case 7 -> {
                if (leaves.isEmpty()) {
                    return null;
                }
                var e = leaves.get(random.nextInt(leaves.size()));
                JsonNode[] wrong = {NullNode.getInstance(), TextNode.valueOf("12"), BooleanNode.TRUE,
                        JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(), DoubleNode.valueOf(0.5)};
                return new Change(e.getKey(), wrong[random.nextInt(wrong.length)]);
            }
            default -> {
                List<Map.Entry<List<Object>, JsonNode>> texts = leaves.stream().filter(e -> e.getValue().isTextual()).toList();
                if (texts.isEmpty()) {
                    return null;
                }
                var e = texts.get(random.nextInt(texts.size()));
                String[] odd = {"", "   ", "x".repeat(250), "<b>&amp;</b> \"quoted\"", "\uD83D\uDE00 emoji", "tab\tnew\nline",
                        "\u0000nul"};
                return new Change(e.getKey(), TextNode.valueOf(odd[random.nextInt(odd.length)]));
            }
        }
    }

    /**
     * A number at or beyond the edges a reader or engine must survive (100 and 1e10 are the reader's bounds for
     * percentages and amounts), whole where the field is whole.
     */
    private JsonNode number(List<Object> path, double original) {
        double base = original == 0 ? 1 : original;
        double[] candidates = {0, 1, -1, base * 0.001, base * 0.1, base * 0.5, base * 2, base * 10, base * 1000,
                random.nextDouble() * 3 * base, Double.MIN_VALUE, 1e-9, 100, 1e10, 1e12, structural ? 1e300 : 1e6};
        double d = candidates[random.nextInt(candidates.length)];
        if (INTEGER_FIELDS.contains(last(path))) {
            return IntNode.valueOf((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.round(d))));
        }
        return DoubleNode.valueOf(d);
    }

    private byte[] twisted(ObjectNode tree, Twist twist) {
        try {
            switch (twist) {
                case LONE_SURROGATE -> {
                    List<Map.Entry<List<Object>, JsonNode>> leaves = new ArrayList<>();
                    leaves(tree, new ArrayList<>(), leaves);
                    List<Map.Entry<List<Object>, JsonNode>> texts = leaves.stream().filter(e -> e.getValue().isTextual()).toList();
                    if (texts.isEmpty()) {
                        return twisted(tree, Twist.WRAPPED_INTEGER);
                    }
                    var e = texts.get(random.nextInt(texts.size()));
                    String text = e.getValue().textValue();
                    int at = random.nextInt(text.length() + 1);
                    apply(tree, new Change(e.getKey(), TextNode.valueOf(text.substring(0, at) + LONE + text.substring(at))));
                    String json = MAPPER.writeValueAsString(tree);
                    String surrogate = random.nextBoolean() ? "\\ud800" : "\\uDFFF";
                    return json.replace(LONE, surrogate).getBytes(StandardCharsets.UTF_8);
                }
                case WRAPPED_INTEGER -> {
                    // 2^32 more than a whole number: cast to int it is the same number again.
                    String field = INTEGER_FIELDS.get(random.nextInt(INTEGER_FIELDS.size()));
                    List<Object> path = find(tree, field, new ArrayList<>());
                    if (path == null) {
                        path = List.of("formatVersion");
                    }
                    JsonNode old = at(tree, path);
                    long value = old != null && old.canConvertToLong() ? old.longValue() : 1;
                    apply(tree, new Change(path, BigIntegerNode.valueOf(BigInteger.valueOf(value).add(BigInteger.ONE.shiftLeft(32)))));
                    return MAPPER.writeValueAsBytes(tree);
                }
                case DUPLICATE_KEY -> {
                    String json = MAPPER.writeValueAsString(tree);
                    List<Integer> keys = new ArrayList<>();
                    for (int i = json.indexOf("\":"); i >= 0; i = json.indexOf("\":", i + 1)) {
                        keys.add(json.lastIndexOf('"', i - 1));
                    }
                    int start = keys.get(random.nextInt(keys.size()));
                    String key = json.substring(start, json.indexOf("\":", start) + 2);
                    return (json.substring(0, start) + key + "0," + json.substring(start)).getBytes(StandardCharsets.UTF_8);
                }
                case DAMAGED_BYTES -> {
                    byte[] bytes = MAPPER.writeValueAsBytes(tree);
                    if (random.nextBoolean()) {
                        return Arrays.copyOf(bytes, random.nextInt(bytes.length));
                    }
                    for (int i = 0; i < 1 + random.nextInt(3); i++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                    return bytes;
                }
                default -> {
                    return MAPPER.writeValueAsBytes(tree);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree always serialises", e);
        }
    }

    private static void leaves(JsonNode node, List<Object> path, List<Map.Entry<List<Object>, JsonNode>> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                path.add(e.getKey());
                leaves(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                leaves(node.get(i), path, out);
                path.remove(path.size() - 1);
            }
        } else {
            out.add(Map.entry(List.copyOf(path), node));
        }
    }

    /** The path of the first field with this name, depth first; null if there is none. */
    private static List<Object> find(JsonNode node, String field, List<Object> path) {
        if (node.isObject() && node.has(field)) {
            List<Object> found = new ArrayList<>(path);
            found.add(field);
            return found;
        }
        List<Object> children = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(children::add);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                children.add(i);
            }
        }
        for (Object child : children) {
            path.add(child);
            List<Object> found = find(child instanceof Integer i ? node.get(i) : node.get((String) child), field, path);
            path.remove(path.size() - 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode at(JsonNode tree, List<Object> path) {
        JsonNode node = tree;
        for (Object segment : path) {
            node = node == null ? null : segment instanceof Integer i ? node.get(i) : node.get((String) segment);
        }
        return node;
    }

    /** Replaces or removes the value at the path; a change whose parent is gone (an earlier removal) does nothing. */
    private static void apply(ObjectNode tree, Change c) {
        JsonNode parent = at(tree, c.path().subList(0, c.path().size() - 1));
        Object key = last(c.path());
        if (parent instanceof ObjectNode o && key instanceof String name) {
            if (c.value() == null) {
                o.remove(name);
            } else {
                o.set(name, c.value().deepCopy());
            }
        } else if (parent instanceof ArrayNode a && key instanceof Integer i && i < a.size()) {
            if (c.value() == null) {
                a.remove(i);
            } else {
                a.set(i, c.value().deepCopy());
            }
        }
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static String pathText(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object segment : path) {
            s.append(segment instanceof Integer i ? "[" + i + "]" : (s.length() == 0 ? "" : ".") + segment);
        }
        return s.toString();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

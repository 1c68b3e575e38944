package nl.praktijkplan.casefile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads typed values out of a JSON object and records a {@link Problem} (with the field's path) for every
 * value that is missing, of the wrong type or out of range, returning a harmless fallback so that reading
 * can go on and report all problems at once.
 */
final class Fields {

    private final List<Problem> problems;
    private final JsonNode node;
    private final String path;

    Fields(List<Problem> problems, JsonNode node, String path) {
        this.problems = problems;
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The path of a field of this object; an empty name is the object itself. */
    String path(String name) {
        return path.isEmpty() ? name : name.isEmpty() ? path : path + "." + name;
    }

    void problem(String name, String nl, String en) {
        problems.add(new Problem(path(name), nl, en));
    }

    /** A nested object; a missing one is reported and read as empty (so its fields report too). */
    Fields object(String name) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            problem(name, "ontbreekt", "is missing");
            return new Fields(problems, MissingNode.getInstance(), path(name)).silent();
        }
        if (!child.isObject()) {
            problem(name, "moet een object zijn", "must be an object");
            return new Fields(problems, MissingNode.getInstance(), path(name)).silent();
        }
        return new Fields(problems, child, path(name));
    }

    /** An optional nested object; absent means all its fields take their defaults. */
    Fields optionalObject(String name) {
        JsonNode child = node.get(name);
        if (child != null && !child.isNull() && !child.isObject()) {
            problem(name, "moet een object zijn", "must be an object");
        }
        return new Fields(problems, child != null && child.isObject() ? child : MissingNode.getInstance(), path(name));
    }

    private boolean silent;

    /** Fields of an object that is already reported missing do not each report again. */
    private Fields silent() {
        this.silent = true;
        return this;
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    double number(String name, double min, double max) {
        return number(name, min, max, null);
    }

    double number(String name, double min, double max, Double fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (fallback != null) {
                return fallback;
            }
            if (!silent) {
                problem(name, "is verplicht", "is required");
            }
            return Math.max(min, 0);
        }
        if (!v.isNumber()) {
            problem(name, "moet een getal zijn", "must be a number");
            return Math.max(min, 0);
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            problem(name, "is te groot", "is too large");
            return Math.max(min, 0);
        }
        if (d < min) {
            problem(name, "moet ≥ " + plain(min) + " zijn", "must be ≥ " + plain(min));
            return min;
        }
        if (d > max) {
            problem(name, "moet ≤ " + plain(max) + " zijn", "must be ≤ " + plain(max));
            return max;
        }
        return d;
    }

    /** A number that may be absent (or null): then null, meaning "use the default". */
    Double optionalNumber(String name, double min, double max) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : number(name, min, max);
    }

    int integer(String name, int min, int max) {
        return integer(name, min, max, null);
    }

    /** A whole number, compared exactly: a huge value is reported, never wrapped or rounded into range. */
    int integer(String name, int min, int max, Integer fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || !v.isNumber()) {
            double d = number(name, min, max, fallback == null ? null : fallback.doubleValue());
            return (int) d; // a fallback, or min (≥ 0) after a reported problem: already whole and in range
        }
        if (!v.canConvertToExactIntegral()) {
            problem(name, "moet een geheel getal zijn", "must be a whole number");
            return Math.max(min, 0);
        }
        BigDecimal d = v.decimalValue();
        if (d.compareTo(BigDecimal.valueOf(min)) < 0) {
            problem(name, "moet ≥ " + min + " zijn", "must be ≥ " + min);
            return min;
        }
        if (d.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(name, "moet ≤ " + max + " zijn", "must be ≤ " + max);
            return max;
        }
        return d.intValueExact();
    }

    /** A whole number that may be absent (or null): then null, meaning "not given". */
    Integer optionalInteger(String name, int min, int max) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : integer(name, min, max);
    }

    boolean bool(String name, boolean fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            problem(name, "moet true of false zijn", "must be true or false");
            return fallback;
        }
        return v.booleanValue();
    }

    String text(String name, boolean required, int maxLength) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required && !silent) {
                problem(name, "is verplicht", "is required");
            }
            return "";
        }
        if (!v.isTextual()) {
            problem(name, "moet tekst zijn", "must be text");
            return "";
        }
        String s = v.textValue().strip();
        if (required && s.isEmpty()) {
            problem(name, "mag niet leeg zijn", "must not be empty");
        }
        if (s.length() > maxLength) {
            problem(name, "is langer dan " + maxLength + " tekens", "is longer than " + maxLength + " characters");
            return s.substring(0, maxLength);
        }
        return s;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (fallback == null && !silent) {
                problem(name, "is verplicht", "is required");
            }
            return fallback != null ? fallback : type.getEnumConstants()[0];
        }
        if (v.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.textValue())) {
                    return e;
                }
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name());
        }
        problem(name, "moet een van " + allowed + " zijn", "must be one of " + allowed);
        return fallback != null ? fallback : type.getEnumConstants()[0];
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}

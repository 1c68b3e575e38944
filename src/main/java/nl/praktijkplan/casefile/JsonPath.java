package nl.praktijkplan.casefile;

import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonStreamContext;

/** The field path ({@code options[1].name}) of a parser position, in the form {@link Problem} uses. */
final class JsonPath {

    private JsonPath() {
    }

    /** The path of the value the parser was at; empty at the top level. */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(printable(c.getCurrentName()));
            }
        }
        return path.toString();
    }

    /** A name as it can be shown: control characters and lone surrogates as {@code \}{@code uXXXX}. */
    static String printable(String name) {
        StringBuilder s = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean paired = Character.isHighSurrogate(ch) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1));
            if (paired) {
                s.append(ch).append(name.charAt(++i));
            } else if (Character.isSurrogate(ch) || Character.isISOControl(ch)) {
                s.append(String.format("\\u%04X", (int) ch));
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }
}

package nl.praktijkplan.casefile;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds text that is not valid UTF-16: a lone surrogate (JSON lets {@code "\uD800"} through) in any string or
 * field name, at any depth. Such text cannot be written as UTF-8 and breaks the PDF export later.
 */
final class InvalidText {

    private InvalidText() {
    }

    /** Adds a problem, with the field's path, for every string or name that holds a lone surrogate. */
    static void check(JsonNode node, String path, List<Problem> problems) {
        if (node.isTextual()) {
            int at = loneSurrogate(node.textValue());
            if (at >= 0) {
                problems.add(problem(path, node.textValue(), at));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = (path.isEmpty() ? "" : path + ".") + JsonPath.printable(e.getKey());
                int at = loneSurrogate(e.getKey());
                if (at >= 0) {
                    problems.add(problem(child, e.getKey(), at));
                } else {
                    check(e.getValue(), child, problems);
                }
            }
        }
    }

    /** The index of the first surrogate without its partner, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return i;
            }
        }
        return -1;
    }

    private static Problem problem(String path, String text, int at) {
        String code = String.format("\\u%04X", (int) text.charAt(at));
        int position = text.codePointCount(0, at) + 1;
        return new Problem(path,
                "bevat een ongeldig teken (" + code + ", een losse UTF-16-surrogaat) op positie " + position
                        + "; typ de tekst opnieuw",
                "holds an invalid character (" + code + ", a lone UTF-16 surrogate) at position " + position
                        + "; please retype the text");
    }
}

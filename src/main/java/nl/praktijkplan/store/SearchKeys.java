package nl.praktijkplan.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Search keys: lower case with accents folded, so "fryslan" finds "Súdwest-Fryslân". */
final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchKeys() {
    }

    static String key(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static String practiceKey(String name, String municipality) {
        return key(name + " " + (municipality == null ? "" : municipality));
    }

    /** The words of a query, each already a key; empty for a blank query. */
    static List<String> terms(String query) {
        return Arrays.stream(key(query).split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** A LIKE pattern {@code %term%} with {@code \ % _} escaped (use with ESCAPE '\'). */
    static String contains(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

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

    /** Whether every term occurs in the practice key or the case key (null: a practice without cases). */
    static boolean matches(String practiceKey, String caseKey, List<String> terms) {
        for (String term : terms) {
            if (!practiceKey.contains(term) && (caseKey == null || !caseKey.contains(term))) {
                return false;
            }
        }
        return true;
    }
}

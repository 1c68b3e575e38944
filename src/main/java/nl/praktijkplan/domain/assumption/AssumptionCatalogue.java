package nl.praktijkplan.domain.assumption;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All defaults of the product, read from {@code assumptions.tsv} (one assumption a line:
 * key, value, unit, year, confidence, min, max, Dutch label, English label, source).
 */
public final class AssumptionCatalogue {

    private static final String RESOURCE = "assumptions.tsv";
    private static final AssumptionCatalogue STANDARD = load();

    private final Map<String, Assumption> byKey;

    private AssumptionCatalogue(Map<String, Assumption> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    /** The catalogue shipped with the product. */
    public static AssumptionCatalogue standard() {
        return STANDARD;
    }

    public Assumption get(String key) {
        Assumption a = byKey.get(key);
        if (a == null) {
            throw new IllegalArgumentException("Unknown assumption: " + key);
        }
        return a;
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    public Collection<Assumption> all() {
        return byKey.values();
    }

    private static AssumptionCatalogue load() {
        try (InputStream in = AssumptionCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AssumptionCatalogue parse(BufferedReader reader) throws IOException {
        Map<String, Assumption> map = new LinkedHashMap<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 10) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 10 tab-separated fields, got " + f.length);
            }
            Assumption a = new Assumption(f[0], Double.parseDouble(f[1]), Unit.valueOf(f[2]), Integer.parseInt(f[3]),
                    Confidence.valueOf(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), f[7], f[8], f[9]);
            if (map.put(a.key(), a) != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": duplicate key " + a.key());
            }
        }
        return new AssumptionCatalogue(map);
    }
}

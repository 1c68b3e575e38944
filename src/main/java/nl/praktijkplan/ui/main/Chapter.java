package nl.praktijkplan.ui.main;

import java.util.function.Supplier;

import javafx.scene.Node;

/**
 * One chapter of the business case in the main window: inputs on the left, live results on the right.
 * A lazy chapter builds its nodes the first time it is shown, so that start-up builds only the first chapter.
 */
public final class Chapter {

    private final String id;
    private final String titleKey;
    private final boolean expertOnly;
    private final boolean wide;
    private Supplier<Chapter> build;
    private Node inputs;
    private Node results;

    /**
     * @param id         stable id (navigation, tests, preferences)
     * @param titleKey   bundle key of the title in the navigation
     * @param expertOnly shown only in expert mode
     * @param wide       the results take the full width under the introduction (tables)
     */
    public Chapter(String id, String titleKey, Node inputs, Node results, boolean expertOnly, boolean wide) {
        this.id = id;
        this.titleKey = titleKey;
        this.inputs = inputs;
        this.results = results;
        this.expertOnly = expertOnly;
        this.wide = wide;
    }

    public Chapter(String id, String titleKey, Node inputs, Node results, boolean expertOnly) {
        this(id, titleKey, inputs, results, expertOnly, false);
    }

    /** A chapter whose nodes are built on first use by {@code build}. */
    public static Chapter lazy(String id, String titleKey, boolean expertOnly, boolean wide, Supplier<Chapter> build) {
        Chapter c = new Chapter(id, titleKey, null, null, expertOnly, wide);
        c.build = build;
        return c;
    }

    private void ensureBuilt() {
        if (build != null) {
            Chapter built = build.get();
            build = null;
            inputs = built.inputs;
            results = built.results;
        }
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    public boolean expertOnly() {
        return expertOnly;
    }

    public boolean wide() {
        return wide;
    }

    public Node inputs() {
        ensureBuilt();
        return inputs;
    }

    public Node results() {
        ensureBuilt();
        return results;
    }
}

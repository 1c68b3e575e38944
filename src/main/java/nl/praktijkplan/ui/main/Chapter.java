package nl.praktijkplan.ui.main;

import java.util.function.Supplier;

import javafx.scene.Node;

/**
 * One chapter of the business case in the main window: inputs on the left, live results on the right.
 * Its nodes are built the first time it is shown, so that start-up builds only the first chapter.
 */
public final class Chapter {

    /** What a chapter shows: its inputs and its results. */
    public record Body(Node inputs, Node results) {
    }

    private final String id;
    private final String titleKey;
    private final boolean expertOnly;
    private final boolean wide;
    private Supplier<Body> build;
    private Body body;

    private Chapter(String id, String titleKey, boolean expertOnly, boolean wide, Supplier<Body> build) {
        this.id = id;
        this.titleKey = titleKey;
        this.expertOnly = expertOnly;
        this.wide = wide;
        this.build = build;
    }

    /**
     * A chapter whose nodes are built on first use by {@code build}.
     *
     * @param id         stable id (navigation, tests, preferences)
     * @param titleKey   bundle key of the title in the navigation
     * @param expertOnly shown only in expert mode
     * @param wide       the results take the full width under the inputs (tables)
     */
    public static Chapter lazy(String id, String titleKey, boolean expertOnly, boolean wide, Supplier<Body> build) {
        return new Chapter(id, titleKey, expertOnly, wide, build);
    }

    private Body body() {
        if (body == null) {
            body = build.get();
            build = null;
        }
        return body;
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
        return body().inputs();
    }

    public Node results() {
        return body().results();
    }
}

package nl.praktijkplan.ui.main;

import javafx.scene.Node;

/**
 * One chapter of the business case in the main window: inputs on the left, live results on the right.
 *
 * @param id       stable id (navigation, tests, preferences)
 * @param titleKey bundle key of the title in the navigation
 * @param expertOnly shown only in expert mode
 * @param wide     the results take the full width under the introduction (tables)
 */
public record Chapter(String id, String titleKey, Node inputs, Node results, boolean expertOnly, boolean wide) {

    public Chapter(String id, String titleKey, Node inputs, Node results, boolean expertOnly) {
        this(id, titleKey, inputs, results, expertOnly, false);
    }
}

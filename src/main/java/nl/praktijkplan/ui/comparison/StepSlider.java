package nl.praktijkplan.ui.comparison;

import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseEvent;

/**
 * A slider over a range around a starting value, moved in steps: a click on the track moves one step towards the
 * click (as a scroll bar pages), not to the clicked spot; the arrow keys move one step; dragging the thumb moves
 * freely but lands on a whole number of steps from the start, so the start value is always reachable again.
 * JavaFX's own slider jumps to the clicked spot: one click moved a purchase price from 768,000 to 1,106,000.
 */
public final class StepSlider extends Slider {

    private final double start;
    private final double step;
    private boolean trackPress;

    StepSlider(String id, double min, double max, double start, double step) {
        super(min, max, Math.max(min, Math.min(max, start)));
        this.start = start;
        this.step = step;
        setId(id);
        setBlockIncrement(step);
        setShowTickMarks(true);
        // Ten marks over the range: the default unit (25) drew tens of thousands of marks on a € 1 million range.
        setMajorTickUnit((max - min) / 10);
        setMinorTickCount(0);
        setMinWidth(120);
        setPrefWidth(260);
        setMaxWidth(Double.MAX_VALUE);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            Node thumb = lookup(".thumb");
            trackPress = thumb != null && !isInside(e.getPickResult().getIntersectedNode(), thumb);
            if (trackPress) {
                e.consume();
                requestFocus();
                double thumbCentre = thumb.localToScene(thumb.getBoundsInLocal()).getCenterX();
                if (e.getSceneX() > thumbCentre) {
                    increment();
                } else {
                    decrement();
                }
            }
        });
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (trackPress) {
                e.consume(); // a drag that began on the track is not a thumb drag
            }
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (trackPress) {
                e.consume();
                trackPress = false;
            }
        });
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The value on the step grid around the start: what the case receives. */
    public double stepped() {
        double v = start + Math.round((getValue() - start) / step) * step;
        return Math.max(getMin(), Math.min(getMax(), v));
    }

    public double step() {
        return step;
    }
}

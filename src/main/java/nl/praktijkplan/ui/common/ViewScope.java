package nl.praktijkplan.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The listeners one view registers on the long-lived view model. When the view is replaced (language or theme
 * switch) or closed (guided mode), {@link #dispose()} stops them: each removes itself the next time it fires, so
 * hidden views neither leak nor redraw.
 */
public final class ViewScope {

    private boolean active = true;

    public <T> void on(ObservableValue<T> property, Runnable action) {
        property.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> o, T oldValue, T newValue) {
                if (!active) {
                    o.removeListener(this);
                    return;
                }
                action.run();
            }
        });
    }

    public void dispose() {
        active = false;
    }
}

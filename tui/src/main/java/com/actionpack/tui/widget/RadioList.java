package com.actionpack.tui.widget;

import com.actionpack.tui.shell.Filterable;
import com.googlecode.lanterna.gui2.RadioBoxList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of choices of which one is ticked (Lanterna's {@link RadioBoxList}) that {@code /}
 * filters in place, as every list of the console does ({@link ActionList}). The ticked choice
 * stays ticked while it matches; a filter that hides it leaves nothing ticked until one is chosen
 * or the filter is cleared (then it is ticked again), so a hidden choice is never acted on.
 *
 * @param <V> the choices; their {@code toString} is the text shown and matched
 */
public class RadioList<V> extends RadioBoxList<V> implements Filterable {

    private final List<V> all = new ArrayList<>();
    private String filter = "";
    private V ticked;
    private Runnable onEnter = () -> { };

    /**
     * What Enter does: what the screen's footer says it does (e.g. "Proceed"), never ticking
     * the choice under the cursor (Space ticks, as the footer says). Lanterna's list ticks on
     * Enter as well, so a user pressing Enter to go on did nothing visible. Returns this list.
     */
    public RadioList<V> onEnter(Runnable action) {
        this.onEnter = java.util.Objects.requireNonNull(action, "action");
        return this;
    }

    @Override
    public synchronized Result handleKeyStroke(com.googlecode.lanterna.input.KeyStroke key) {
        if (key.getKeyType() == com.googlecode.lanterna.input.KeyType.Enter) {
            onEnter.run();
            return Result.HANDLED;
        }
        return super.handleKeyStroke(key);
    }

    @Override
    public synchronized RadioBoxList<V> addItem(V item) {
        all.add(item);
        if (matches(item)) {
            super.addItem(item);
        }
        return this;
    }

    @Override
    public synchronized RadioBoxList<V> clearItems() {
        all.clear();
        return super.clearItems();
    }

    @Override
    public String filter() {
        return filter;
    }

    @Override
    public synchronized void applyFilter(String text) {
        V checked = getCheckedItem();
        if (checked != null) {
            ticked = checked;
        }
        filter = text == null ? "" : text.strip();
        super.clearItems();
        for (V item : all) {
            if (matches(item)) {
                super.addItem(item);
            }
        }
        if (ticked != null && getItems().contains(ticked)) {
            setCheckedItem(ticked);
        }
        setSelectedIndex(0);
    }

    private boolean matches(V item) {
        return filter.isEmpty()
                || String.valueOf(item).toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
    }
}

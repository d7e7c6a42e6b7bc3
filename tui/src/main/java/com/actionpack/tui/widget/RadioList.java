package com.actionpack.tui.widget;

import com.actionpack.tui.text.Fit;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.RadioBoxList;
import com.googlecode.lanterna.gui2.TextGUIGraphics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of choices of which one is ticked (Lanterna's {@link RadioBoxList}) that {@code /}
 * filters in place, as every list of the console does ({@link PagedList}). The ticked choice
 * stays ticked while it matches; a filter that hides it leaves nothing ticked until one is chosen
 * or the filter is cleared (then it is ticked again), so a hidden choice is never acted on.
 * While a filter is in force the list's first line is its {@link FilterLine}, as on every list.
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

    /** The filter's line while one is in force, with the count of choices shown. */
    FilterLine filterLine() {
        return FilterLine.of(filter, getItemCount());
    }

    @Override
    protected InteractableRenderer<RadioBoxList<V>> createDefaultRenderer() {
        return new FilterLineRenderer(new DefaultListBoxRenderer<>());
    }

    /** Lanterna's list drawn one line down under the filter line while a filter is in force. */
    private final class FilterLineRenderer implements InteractableRenderer<RadioBoxList<V>> {

        private final DefaultListBoxRenderer<V, RadioBoxList<V>> list;

        FilterLineRenderer(DefaultListBoxRenderer<V, RadioBoxList<V>> list) {
            this.list = list;
        }

        private int top() {
            return filter.isEmpty() ? 0 : 1;
        }

        @Override
        public TerminalPosition getCursorLocation(RadioBoxList<V> component) {
            TerminalPosition inList = list.getCursorLocation(component);
            return inList == null ? null : inList.withRelativeRow(top());
        }

        @Override
        public TerminalSize getPreferredSize(RadioBoxList<V> component) {
            TerminalSize size = list.getPreferredSize(component);
            if (top() == 0) {
                return size;
            }
            return new TerminalSize(Math.max(size.getColumns(), Fit.width(filterLine().text())), size.getRows() + 1);
        }

        @Override
        public void drawComponent(TextGUIGraphics graphics, RadioBoxList<V> component) {
            if (top() == 0) {
                list.drawComponent(graphics, component);
                return;
            }
            TerminalSize size = graphics.getSize();
            graphics.applyThemeStyle(component.getThemeDefinition().getNormal());
            graphics.fill(' ');
            graphics.putString(0, 0, Fit.truncate(filterLine().text(), size.getColumns()));
            if (size.getRows() > 1) {
                list.drawComponent(graphics.newTextGraphics(new TerminalPosition(0, 1), size.withRelativeRows(-1)),
                        component);
            }
        }
    }
}

package com.actionpack.tui.widget;

import com.actionpack.tui.text.Fit;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.ThemeDefinition;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A table over a {@link KeysetSource} that holds only the rows on screen: scrolling asks the
 * source for the next or previous rows by key, so a list of a million invoices costs a page of
 * memory and one small query per key press.
 *
 * <p>Keys: Up/Down move the selection, PageUp/PageDown move a page, Home/End jump to the first
 * and last rows, Enter acts on the selected row, Esc clears an active filter. The shell's
 * {@code /} key sets the filter through {@link Filterable}.
 *
 * <p>Rows are read when the list is first drawn (its height decides the page size) and again
 * when the height changes.
 */
public final class PagedList<K, R> extends AbstractInteractableComponent<PagedList<K, R>> implements Filterable {

    private static final int HEADER_ROWS = 1;
    private static final int STATUS_ROWS = 1;

    private final KeysetSource<K, R> source;
    private final List<Column<R>> columns;
    private final Table<R> table;
    private final String emptyText;
    private List<R> rows = new ArrayList<>();
    private int selected;
    private int pageSize;
    private String filter = "";
    private Consumer<R> onActivate = row -> { };

    public PagedList(KeysetSource<K, R> source, List<Column<R>> columns, String emptyText) {
        this.source = Objects.requireNonNull(source, "source");
        this.columns = List.copyOf(columns);
        this.table = new Table<>(this.columns);
        this.emptyText = Objects.requireNonNull(emptyText, "emptyText");
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("a list needs at least one column");
        }
    }

    /** What Enter does with the selected row. */
    public PagedList<K, R> onActivate(Consumer<R> action) {
        this.onActivate = Objects.requireNonNull(action);
        return this;
    }

    public Optional<R> selectedRow() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(selected));
    }

    /** The rows currently held, which are the rows on screen. */
    public List<R> visibleRows() {
        return Collections.unmodifiableList(rows);
    }

    public int pageSize() {
        return pageSize;
    }

    @Override
    public String filter() {
        return filter;
    }

    @Override
    public void applyFilter(String text) {
        filter = text == null ? "" : text.strip();
        if (pageSize > 0) {
            home();
        }
        invalidate();
    }

    /**
     * The filter's line: with the count when the source knows it (a list in memory) or when no
     * row matches, else without (a database list reads only the rows on screen).
     */
    FilterLine filterLine() {
        java.util.OptionalLong count = source.count(filter);
        if (count.isPresent()) {
            return new FilterLine(filter, count);
        }
        return rows.isEmpty() ? FilterLine.of(filter, 0) : FilterLine.uncounted(filter);
    }

    /**
     * Sets the number of rows on screen and reads them, keeping the top row where it was. The
     * renderer calls this with the height it is given; tests may call it directly.
     */
    public void resizePage(int newPageSize) {
        int size = Math.max(1, newPageSize);
        if (size == pageSize) {
            return;
        }
        pageSize = size;
        reloadFromTop();
    }

    /** Reads the rows on screen again (after a change in the data), keeping the top row. */
    public void refresh() {
        if (pageSize > 0) {
            reloadFromTop();
        }
        invalidate();
    }

    public void home() {
        setRows(source.first(pageSize, filter), 0);
    }

    public void end() {
        List<R> page = source.last(pageSize, filter);
        setRows(page, page.size() - 1);
    }

    /** Moves down one row; false at the last row. */
    public boolean down() {
        if (rows.isEmpty()) {
            return false;
        }
        if (selected < rows.size() - 1) {
            selected++;
            return true;
        }
        List<R> next = source.after(keyAt(rows.size() - 1), 1, filter);
        if (next.isEmpty()) {
            return false;
        }
        if (rows.size() >= pageSize) {
            rows.remove(0);
        }
        rows.add(next.get(0));
        selected = rows.size() - 1;
        return true;
    }

    /** Moves up one row; false at the first row. */
    public boolean up() {
        if (rows.isEmpty()) {
            return false;
        }
        if (selected > 0) {
            selected--;
            return true;
        }
        List<R> previous = source.before(keyAt(0), 1, filter);
        if (previous.isEmpty()) {
            return false;
        }
        if (rows.size() >= pageSize) {
            rows.remove(rows.size() - 1);
        }
        rows.add(0, previous.get(0));
        selected = 0;
        return true;
    }

    public void pageDown() {
        if (rows.isEmpty()) {
            return;
        }
        List<R> next = source.after(keyAt(rows.size() - 1), pageSize, filter);
        if (next.isEmpty()) {
            selected = rows.size() - 1;
            return;
        }
        List<R> combined = new ArrayList<>(rows);
        combined.addAll(next);
        int target = Math.min(selected + pageSize, combined.size() - 1);
        int start = Math.max(0, combined.size() - pageSize);
        setRows(combined.subList(start, combined.size()), target - start);
    }

    public void pageUp() {
        if (rows.isEmpty()) {
            return;
        }
        List<R> previous = source.before(keyAt(0), pageSize, filter);
        if (previous.isEmpty()) {
            selected = 0;
            return;
        }
        List<R> combined = new ArrayList<>(previous);
        combined.addAll(rows);
        int target = Math.max(0, previous.size() + selected - pageSize);
        setRows(combined.subList(0, Math.min(pageSize, combined.size())), target);
    }

    private void reloadFromTop() {
        if (rows.isEmpty()) {
            setRows(source.first(pageSize, filter), 0);
            return;
        }
        R top = rows.get(0);
        int keep = selected;
        List<R> above = source.before(source.keyOf(top), 1, filter);
        List<R> page = new ArrayList<>(above.isEmpty()
                ? source.first(pageSize, filter)
                : source.after(source.keyOf(above.get(0)), pageSize, filter));
        // A taller list at the end of the data shows more rows above instead of blank lines.
        if (page.size() < pageSize && !page.isEmpty()) {
            List<R> more = source.before(source.keyOf(page.get(0)), pageSize - page.size(), filter);
            page.addAll(0, more);
            keep += more.size();
        }
        setRows(page, keep);
    }

    private void setRows(List<R> page, int selectedIndex) {
        rows = new ArrayList<>(page);
        selected = rows.isEmpty() ? 0 : Math.max(0, Math.min(selectedIndex, rows.size() - 1));
        invalidate();
    }

    private K keyAt(int index) {
        return source.keyOf(rows.get(index));
    }

    @Override
    protected Result handleKeyStroke(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowDown:
                return moved(down(), Result.MOVE_FOCUS_DOWN);
            case ArrowUp:
                return moved(up(), Result.MOVE_FOCUS_UP);
            case PageDown:
                pageDown();
                return handled();
            case PageUp:
                pageUp();
                return handled();
            case Home:
                home();
                return handled();
            case End:
                end();
                return handled();
            case Enter:
                selectedRow().ifPresent(onActivate);
                return handled();
            case Escape:
                if (filter.isEmpty()) {
                    return Result.UNHANDLED;
                }
                applyFilter("");
                return handled();
            default:
                return super.handleKeyStroke(key);
        }
    }

    private Result moved(boolean moved, Result otherwise) {
        if (moved) {
            invalidate();
            return Result.HANDLED;
        }
        return otherwise;
    }

    private Result handled() {
        invalidate();
        return Result.HANDLED;
    }

    /**
     * Widths of the columns for a given total width ({@link Table}): a list over a
     * {@link ListSource} sizes its {@code FIT} columns from every row, one over a database from
     * the rows on screen.
     */
    List<Integer> columnWidths(int totalWidth) {
        List<R> measured = source.allRows().orElse(rows);
        return table.widths(measured, totalWidth);
    }

    @Override
    protected InteractableRenderer<PagedList<K, R>> createDefaultRenderer() {
        return new Renderer();
    }

    private final class Renderer implements InteractableRenderer<PagedList<K, R>> {

        @Override
        public TerminalPosition getCursorLocation(PagedList<K, R> component) {
            return null;
        }

        @Override
        public TerminalSize getPreferredSize(PagedList<K, R> component) {
            int width = columns.stream().mapToInt(c -> c.sizing() == Column.Sizing.FIXED ? c.width() : 20).sum()
                    + columns.size();
            return new TerminalSize(width, HEADER_ROWS + STATUS_ROWS + 10);
        }

        @Override
        public void drawComponent(TextGUIGraphics graphics, PagedList<K, R> component) {
            TerminalSize size = graphics.getSize();
            resizePage(size.getRows() - HEADER_ROWS - STATUS_ROWS);
            ThemeDefinition theme = getThemeDefinition();
            // The last column stays free: a line that reaches it reads as cut off.
            int usable = Math.max(1, size.getColumns() - 1);
            List<Integer> widths = columnWidths(usable);

            graphics.applyThemeStyle(theme.getNormal());
            graphics.fill(' ');
            graphics.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
            graphics.putString(0, 0, Fit.padRight(Fit.truncate(table.header(widths), usable), size.getColumns()));
            graphics.applyThemeStyle(theme.getNormal());

            for (int i = 0; i < rows.size() && i < pageSize; i++) {
                R row = rows.get(i);
                boolean isSelected = i == selected;
                if (isSelected) {
                    graphics.applyThemeStyle(isFocused() ? theme.getActive() : theme.getSelected());
                }
                graphics.putString(0, HEADER_ROWS + i,
                        Fit.padRight(Fit.truncate(table.line(row, widths), usable), size.getColumns()));
                if (isSelected) {
                    graphics.applyThemeStyle(theme.getNormal());
                }
            }
            String status = filter.isEmpty() ? (rows.isEmpty() ? emptyText : "") : filterLine().text();
            int statusRow = rows.isEmpty() ? HEADER_ROWS : size.getRows() - 1;
            graphics.putString(0, statusRow, Fit.truncate(status, size.getColumns()));
        }
    }
}

package com.actionpack.tui.sheet;

import com.actionpack.tui.widget.Filterable;
import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.actionpack.tui.text.Wrap;
import com.googlecode.lanterna.graphics.ThemeDefinition;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import com.actionpack.tui.widget.FilterLine;
import com.actionpack.tui.widget.Table;

/**
 * A scrolling page of paragraphs, headings and selectable rows, word-wrapped to whatever width
 * it is given: the body of the benefits, account, FAQ and operator screens. Every text is
 * escaped here ({@link SafeText}), so callers may pass database values as they are.
 *
 * <p>Up/Down move to the next row when it is close, and otherwise scroll a line, so long texts
 * between rows can be read; PageUp/PageDown scroll a page, Home/End go to the top and the
 * bottom, Enter runs the selected row's action. Scrolling keeps the selection on screen (or
 * clears it when no row is on screen), so Enter never acts on a row you cannot see. The selected row is marked with {@code >} as well as a
 * colour, so it shows without colour (NO_COLOR).
 */
public final class Sheet extends AbstractInteractableComponent<Sheet> implements Filterable {

    /** One block of the page. */
    public sealed interface Entry permits Text, Heading, Row, Lines {
    }

    /** A paragraph; line feeds are kept. */
    public record Text(String text) implements Entry {
    }

    /** A bold heading line. */
    public record Heading(String text) implements Entry {
    }

    /**
     * A selectable row; it may span lines (a line feed starts a continuation line). {@code key} identifies it across refreshes, so the selection stays on
     * the same row after the data is read again.
     *
     * @param text what {@code /} searches, and what is drawn (wrapped) when {@code layout} is null
     * @param layout null, or the row's lines for a width, already escaped and fitted (a table row)
     */
    public record Row(Object key, String text, Runnable action, IntFunction<List<String>> layout) implements Entry {
        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(action, "action");
        }

        public Row(Object key, String text, Runnable action) {
            this(key, text, action, null);
        }
    }

    /**
     * Lines laid out by someone else for the width given (already escaped and fitted): a table's
     * header ({@code bold}) or a row of a table that cannot be selected. Drawn two columns in, in
     * line with the rows' text.
     */
    public record Lines(IntFunction<List<String>> layout, boolean bold) implements Entry {
        public Lines {
            Objects.requireNonNull(layout, "layout");
        }
    }

    private List<Entry> all = List.of();
    private List<Entry> entries = List.of();
    private String filter = "";
    private int selected = -1;      // index into entries of the selected Row, or -1
    private int scroll;             // first visual line shown
    private int lastHeight = 20;    // rows of text drawn last time, for page scrolling
    private int lastWidth = 78;
    private boolean revealSelection = true; // scroll the selected row into view at the next draw

    public static Text text(String text) {
        return new Text(text);
    }

    public static Heading heading(String text) {
        return new Heading(text);
    }

    public static Row row(Object key, String text, Runnable action) {
        return new Row(key, text, action);
    }

    /**
     * A table as sheet entries: its header, then one selectable row per item whose lines the
     * table lays out at the width drawn (columns aligned; a long cell wraps inside its column).
     * {@code action} null makes the rows plain lines that cannot be selected.
     */
    public static <R> List<Entry> table(Table<R> table, List<R> items, Function<R, Object> key,
            Function<R, Runnable> action) {
        Table.Bound<R> bound = table.over(items);
        List<Entry> out = new ArrayList<>();
        out.add(tableHeader(bound));
        out.addAll(tableRows(bound, items, key, action));
        return out;
    }

    /** The header line of a table whose rows come in parts (under headings), bold and underlined. */
    public static Entry tableHeader(Table.Bound<?> bound) {
        return new Lines(width -> List.of(bound.header(width)), true);
    }

    /**
     * Some of a table's rows ({@code items}, rows of {@code bound}): the columns are sized over all
     * of the bound rows, so parts under different headings still line up.
     */
    public static <R> List<Entry> tableRows(Table.Bound<R> bound, List<R> items, Function<R, Object> key,
            Function<R, Runnable> action) {
        List<Entry> out = new ArrayList<>();
        for (R item : items) {
            IntFunction<List<String>> layout = width -> bound.lines(item, width);
            if (action == null) {
                out.add(new Lines(layout, false));
            } else {
                // The row's text is what / finds: its cells, as laid out at a generous width.
                String text = String.join("\n", bound.lines(item, 400));
                out.add(new Row(key.apply(item), text, action.apply(item), layout));
            }
        }
        return out;
    }

    /** Replaces the content, keeping the selection on the row with the same key when there is one. */
    public void setEntries(List<? extends Entry> newEntries) {
        all = List.copyOf(newEntries);
        show();
    }

    /** The filter of {@code /}: rows containing the text (any case), with the headings; empty shows all. */
    @Override
    public String filter() {
        return filter;
    }

    @Override
    public void applyFilter(String text) {
        filter = text == null ? "" : text.strip();
        scroll = 0;
        show();
    }

    private List<Entry> filtered() {
        if (filter.isEmpty()) {
            return all;
        }
        String wanted = filter.toLowerCase(java.util.Locale.ROOT);
        List<Entry> shown = new ArrayList<>();
        int rows = 0;
        for (Entry entry : all) {
            if (entry instanceof Row row && SafeText.block(row.text()).toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                shown.add(entry);
                rows++;
            } else if (entry instanceof Heading || entry instanceof Lines lines && lines.bold()) {
                shown.add(entry);
            }
        }
        String line = FilterLine.of(filter, rows).text();
        shown.add(0, new Lines(width -> Wrap.lines(line, width), false));
        return shown;
    }

    private void show() {
        Object keep = selectedRow().map(Row::key).orElse(null);
        entries = filtered();
        selected = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Row row && (selected < 0 || row.key().equals(keep))) {
                selected = i;
                if (row.key().equals(keep)) {
                    break;
                }
            }
        }
        if (keep == null) {
            scroll = 0;
        }
        revealSelection = true;
        invalidate();
    }

    public Optional<Row> selectedRow() {
        return selected >= 0 && selected < entries.size() ? Optional.of((Row) entries.get(selected)) : Optional.empty();
    }

    /** Selects the row with this key; false when there is none. */
    public boolean select(Object key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Row row && row.key().equals(key)) {
                selected = i;
                revealSelection = true;
                invalidate();
                return true;
            }
        }
        return false;
    }

    /** The next row up or down, or -1. */
    private int neighbour(int direction) {
        for (int i = selected + direction; i >= 0 && i < entries.size(); i += direction) {
            if (entries.get(i) instanceof Row) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Up/Down: go to the neighbouring row when it is on screen or close by; otherwise (a long
     * text in between, or no more rows) scroll one line, so that every line can be read.
     */
    private boolean step(int direction) {
        List<Line> lines = layout(lastWidth);
        int next = selected < 0 ? -1 : neighbour(direction);
        if (next >= 0) {
            int at = direction > 0 ? firstLineOf(lines, next) : lastLineOf(lines, next);
            int reach = Math.max(1, lastHeight / 2);
            if (at >= scroll - reach && at < scroll + lastHeight + reach) {
                selected = next;
                revealSelection = true;
                return true;
            }
        }
        int before = scroll;
        scroll = clamp(scroll + direction, lines);
        selectVisible(lines);
        return scroll != before || next >= 0;
    }

    private int clamp(int wanted, List<Line> lines) {
        return Math.max(0, Math.min(wanted, Math.max(0, lines.size() - lastHeight)));
    }

    /**
     * After a scroll: keeps the selected row if its first line (its title) is still on screen,
     * else takes the first row whose first line is on screen, else none. A row whose title
     * scrolled away is never left selected: Enter would act on something the user cannot see.
     */
    private void selectVisible(List<Line> lines) {
        int end = Math.min(lines.size(), scroll + lastHeight);
        if (selected >= 0) {
            int first = firstLineOf(lines, selected);
            if (first >= scroll && first < end) {
                return;
            }
        }
        selected = -1;
        for (int i = scroll; i < end; i++) {
            int entry = lines.get(i).entry;
            if (entries.get(entry) instanceof Row && firstLineOf(lines, entry) == i) {
                selected = entry;
                return;
            }
        }
    }

    private void scrollTo(int wanted) {
        List<Line> lines = layout(lastWidth);
        scroll = clamp(wanted, lines);
        selectVisible(lines);
    }

    @Override
    protected Result handleKeyStroke(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowDown:
                step(1);
                invalidate();
                return Result.HANDLED;
            case ArrowUp:
                if (!step(-1) && scroll == 0) {
                    return Result.MOVE_FOCUS_UP;
                }
                invalidate();
                return Result.HANDLED;
            case PageDown:
                scrollTo(scroll + Math.max(1, lastHeight - 1));
                invalidate();
                return Result.HANDLED;
            case PageUp:
                scrollTo(scroll - Math.max(1, lastHeight - 1));
                invalidate();
                return Result.HANDLED;
            case Home:
                selected = -1;
                selected = neighbour(1);
                scrollTo(0);
                invalidate();
                return Result.HANDLED;
            case End:
                scrollTo(Integer.MAX_VALUE);
                invalidate();
                return Result.HANDLED;
            case Enter:
                Optional<Row> row = selectedRow();
                if (row.isPresent()) {
                    row.get().action().run();
                    return Result.HANDLED;
                }
                return Result.UNHANDLED;
            default:
                return super.handleKeyStroke(key);
        }
    }

    private record Line(int entry, String text) {
    }

    private List<Line> layout(int width) {
        List<Line> lines = new ArrayList<>();
        // The last column stays empty: a line that reaches it reads as cut off (the e2e journey checks).
        int textWidth = Math.max(10, width - 3);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            IntFunction<List<String>> laidOut = entry instanceof Lines l ? l.layout()
                    : entry instanceof Row r ? r.layout() : null;
            if (laidOut != null) {
                for (String line : laidOut.apply(textWidth)) {
                    lines.add(new Line(i, line));
                }
                continue;
            }
            String raw;
            if (entry instanceof Text t) {
                raw = SafeText.block(t.text());
            } else if (entry instanceof Heading h) {
                raw = SafeText.line(h.text());
            } else {
                raw = SafeText.block(((Row) entry).text());
            }
            for (String line : Wrap.lines(raw, textWidth)) {
                lines.add(new Line(i, line));
            }
        }
        return lines;
    }

    private static int firstLineOf(List<Line> lines, int entry) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).entry == entry) {
                return i;
            }
        }
        return 0;
    }

    private static int lastLineOf(List<Line> lines, int entry) {
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).entry == entry) {
                last = i;
            }
        }
        return last;
    }

    @Override
    protected InteractableRenderer<Sheet> createDefaultRenderer() {
        return new InteractableRenderer<>() {
            @Override
            public TerminalPosition getCursorLocation(Sheet component) {
                return null;
            }

            @Override
            public TerminalSize getPreferredSize(Sheet component) {
                return new TerminalSize(40, 10);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, Sheet component) {
                TerminalSize size = graphics.getSize();
                lastWidth = size.getColumns();
                List<Line> lines = layout(size.getColumns());
                // When the page is taller than the space, the last row says so instead of text.
                boolean overflow = lines.size() > size.getRows();
                lastHeight = Math.max(1, size.getRows() - (overflow ? 1 : 0));
                if (selected >= 0 && revealSelection) {
                    revealSelection = false;
                    int first = firstLineOf(lines, selected);
                    int last = lastLineOf(lines, selected);
                    if (first < scroll) {
                        scroll = first;
                    } else if (last >= scroll + lastHeight) {
                        scroll = Math.max(0, last - lastHeight + 1);
                    }
                }
                scroll = Math.max(0, Math.min(scroll, Math.max(0, lines.size() - lastHeight)));
                ThemeDefinition theme = getThemeDefinition();
                graphics.applyThemeStyle(theme.getNormal());
                graphics.fill(' ');
                for (int row = 0; row < lastHeight && scroll + row < lines.size(); row++) {
                    Line line = lines.get(scroll + row);
                    Entry entry = entries.get(line.entry);
                    boolean isRow = entry instanceof Row;
                    boolean isSelected = line.entry == selected;
                    boolean firstOfEntry = scroll + row == firstLineOf(lines, line.entry);
                    String prefix = isRow ? (isSelected && firstOfEntry ? "> " : "  ")
                            : entry instanceof Lines ? "  " : "";
                    if (isSelected) {
                        graphics.applyThemeStyle(isFocused() ? theme.getActive() : theme.getSelected());
                    } else if (entry instanceof Heading) {
                        graphics.enableModifiers(SGR.BOLD);
                    } else if (entry instanceof Lines l && l.bold()) {
                        graphics.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
                    }
                    graphics.putString(0, row, prefix + line.text);
                    graphics.applyThemeStyle(theme.getNormal());
                }
                if (overflow) {
                    int shownTo = Math.min(lines.size(), scroll + lastHeight);
                    String where = "-- lines " + (scroll + 1) + "-" + shownTo + " of " + lines.size()
                            + (shownTo < lines.size() ? ", more below" : "") + (scroll > 0 ? ", more above" : "")
                            + " (Up/Down, PgUp/PgDn) --";
                    graphics.putString(0, lastHeight, Fit.truncate(where, size.getColumns()));
                }
            }
        };
    }
}

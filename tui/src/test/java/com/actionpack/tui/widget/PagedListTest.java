package com.actionpack.tui.widget;

import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagedListTest {

    private static final long MILLION = 1_000_000;

    private static PagedList<Long, MillionRows.Invoice> list(MillionRows source) {
        return new PagedList<>(source, List.of(
                Column.fixed("Invoice", 11, MillionRows.Invoice::number),
                Column.flex("Company", MillionRows.Invoice::company),
                Column.number("Total", 10, row -> String.format("%d.%02d", row.totalCents() / 100, row.totalCents() % 100))),
                "No invoices yet.");
    }

    private static List<Long> ids(PagedList<Long, MillionRows.Invoice> list) {
        return list.visibleRows().stream().map(MillionRows.Invoice::id).collect(Collectors.toList());
    }

    private static long selectedId(PagedList<Long, MillionRows.Invoice> list) {
        return list.selectedRow().orElseThrow().id();
    }

    @Test
    void pagesThroughAMillionRowsReadingOnlyAFewPages() {
        MillionRows source = new MillionRows(MILLION);
        PagedList<Long, MillionRows.Invoice> list = list(source);
        list.resizePage(20);
        assertEquals(1, selectedId(list));
        assertEquals(20, ids(list).size());

        list.pageDown();
        assertEquals(21, selectedId(list));
        assertEquals(21L, ids(list).get(0));

        list.end();
        assertEquals(MILLION, selectedId(list));
        assertEquals(MILLION - 19, ids(list).get(0));
        assertFalse(list.down(), "nothing after the last row");

        list.pageUp();
        assertEquals(MILLION - 20, selectedId(list));
        list.up();
        assertEquals(MILLION - 21, selectedId(list));

        list.home();
        assertEquals(1, selectedId(list));
        assertFalse(list.up(), "nothing before the first row");

        assertTrue(source.rowsServed() < 200, "read " + source.rowsServed() + " rows for a few pages");
    }

    @Test
    void downAtTheBottomScrollsByOneRow() {
        MillionRows source = new MillionRows(MILLION);
        PagedList<Long, MillionRows.Invoice> list = list(source);
        list.resizePage(5);
        for (int i = 0; i < 7; i++) {
            assertTrue(list.down());
        }
        assertEquals(8, selectedId(list));
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L), ids(list));
        for (int i = 0; i < 6; i++) {
            assertTrue(list.up());
        }
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), ids(list));
        assertEquals(2, selectedId(list));
    }

    @Test
    void pageDownNearTheEndStopsOnTheLastRowWithAFullPage() {
        PagedList<Long, MillionRows.Invoice> list = list(new MillionRows(25));
        list.resizePage(10);
        list.pageDown();
        list.pageDown();
        assertEquals(21, selectedId(list));
        assertEquals(List.of(16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L), ids(list));
        list.pageDown();
        assertEquals(25, selectedId(list));
        list.pageDown();
        assertEquals(25, selectedId(list));
    }

    @Test
    void aShortListNeedsNoPaging() {
        PagedList<Long, MillionRows.Invoice> list = list(new MillionRows(3));
        list.resizePage(10);
        list.pageDown();
        assertEquals(3, selectedId(list));
        list.pageUp();
        assertEquals(1, selectedId(list));
        list.end();
        assertEquals(List.of(1L, 2L, 3L), ids(list));
    }

    @Test
    void filterShowsOnlyMatchingRowsAndPagesWithinThem() {
        MillionRows source = new MillionRows(MILLION);
        PagedList<Long, MillionRows.Invoice> list = list(source);
        list.resizePage(5);
        list.applyFilter("77777");
        assertTrue(list.visibleRows().stream().allMatch(r -> r.number().contains("77777")
                || r.company().contains("77777")), ids(list).toString());
        assertEquals(77777L, ids(list).get(0));
        list.end();
        assertEquals(977777L, selectedId(list));
        list.applyFilter("");
        assertEquals(1, selectedId(list));
    }

    @Test
    void growingTheListAtTheEndShowsMoreRowsAbove() {
        PagedList<Long, MillionRows.Invoice> list = list(new MillionRows(MILLION));
        list.resizePage(5);
        list.end();
        list.resizePage(8);
        assertEquals(8, ids(list).size());
        assertEquals(MILLION, selectedId(list));
        assertEquals(MILLION - 7, ids(list).get(0));
    }

    @Test
    void nothingIsReadBeforeTheListIsDrawn() {
        MillionRows source = new MillionRows(MILLION);
        list(source);
        assertEquals(0, source.calls());
    }

    @Test
    void keysDriveTheListOnScreenAndResizeChangesThePage() {
        MillionRows source = new MillionRows(MILLION);
        PagedList<Long, MillionRows.Invoice> list = list(source);
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> screen(list))) {
            // 24 rows: title, footer (2), list header and status line leave 19 rows of data.
            assertEquals(19, list.pageSize());
            assertTrue(console.line(1).startsWith("Invoice     Company"), console.text());
            assertTrue(console.line(2).startsWith("INV-0000001 Company 1"), console.text());

            console.press(KeyType.End);
            assertTrue(console.shows("INV-1000000 Company 1000000"), console.text());
            console.press(KeyType.PageUp);
            assertEquals(MILLION - 19, selectedId(list));
            console.press(KeyType.Home);
            assertEquals(1, selectedId(list));
            console.press(KeyType.PageDown);
            assertEquals(20, selectedId(list));

            console.resize(120, 40);
            assertEquals(35, list.pageSize());
            assertEquals(20, ids(list).get(0), "the top row stays where it was");
            assertTrue(console.line(2).startsWith("INV-0000020"), console.text());
            assertTrue(console.line(2).stripTrailing().endsWith("475.20"), console.line(2));
            assertEquals(120, console.line(2).length());
            assertTrue(source.rowsServed() < 300, "read " + source.rowsServed());
        }
    }

    @Test
    void slashFiltersTheListAndEscClearsTheFilterBeforeGoingBack() {
        PagedList<Long, MillionRows.Invoice> list = list(new MillionRows(MILLION));
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> screen(list))) {
            console.type("/").type("4242").press(KeyType.Enter);
            assertEquals("4242", list.filter());
            assertTrue(console.line(2).startsWith("INV-0004242"), console.text());
            assertTrue(console.shows("Filter \"4242\" (/ changes it, Esc clears it)"), console.text());

            console.press(KeyType.Escape);
            assertEquals("", list.filter());
            assertTrue(console.shell().isOpen());
        }
    }

    @Test
    void aFilterThatMatchesNothingSaysSo() {
        PagedList<Long, MillionRows.Invoice> list = list(new MillionRows(1000));
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> screen(list))) {
            console.type("/").type("zzz").press(KeyType.Enter);
            assertTrue(console.shows("Filter \"zzz\": 0 rows (/ changes it, Esc clears it)"), console.text());
        }
    }

    @Test
    void companyNamesWithControlCharactersAreEscapedInCells() {
        MillionRows source = new MillionRows(10, id -> id == 1 ? "Evil\u001b[2J\u001b[31mCorp" : "Fine " + id);
        PagedList<Long, MillionRows.Invoice> list = list(source);
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> screen(list))) {
            assertTrue(console.line(2).contains("Evil^[[2J^[[31mCorp"), console.text());
        }
    }

    @Test
    void enterActsOnTheSelectedRow() {
        PagedList<Long, MillionRows.Invoice> list = list(new MillionRows(MILLION));
        long[] opened = {0};
        list.onActivate(row -> opened[0] = row.id());
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> screen(list))) {
            console.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.Enter);
            assertEquals(3, opened[0]);
        }
    }

    @Test
    void columnsShareTheWidthLeftByFixedColumns() {
        PagedList<Long, MillionRows.Invoice> list = list(new MillionRows(1));
        assertEquals(List.of(11, 57, 10), list.columnWidths(80), "all of the width asked; the list passes its width less one");
        assertEquals(List.of(11, 97, 10), list.columnWidths(120));
    }

    private static ConsoleScreen screen(PagedList<Long, MillionRows.Invoice> list) {
        return new ConsoleScreen() {
            @Override
            public String title() {
                return "Invoices";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of(KeyHelp.of("Enter", "Open"), KeyHelp.of("/", "Filter"));
            }

            @Override
            public Component component() {
                return list;
            }
        };
    }
}

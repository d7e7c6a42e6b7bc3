package com.actionpack.tui.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.tui.sheet.Sheet;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12 and its follow-up: every filterable list of the toolkit filters in place, and all of
 * them say so with the same line ({@link FilterLine}), the filter escaped like any user text,
 * the count where the list knows it, and Esc clearing the filter before it goes back.
 */
class FilterableListsTest {

    private static final List<String> NAMES = List.of("Invoices", "Benefits MAPS", "benefits LAPS", "Renewals");

    /** A list of each kind the screens use, over {@link #NAMES}. */
    static Stream<Arguments> lists() {
        Supplier<Component> paged = () -> new PagedList<>(new ListSource<>(NAMES, name -> name),
                List.of(Column.flex("Name", (String name) -> name)), "No rows.");
        Supplier<Component> sheet = () -> {
            Sheet s = new Sheet();
            List<Sheet.Entry> rows = new ArrayList<>();
            rows.add(Sheet.heading("Names"));
            for (String name : NAMES) {
                rows.add(Sheet.row(name, name, () -> { }));
            }
            s.setEntries(rows);
            return s;
        };
        Supplier<Component> radio = () -> {
            RadioList<String> r = new RadioList<>();
            NAMES.forEach(r::addItem);
            return r;
        };
        return Stream.of(Arguments.of("PagedList", paged), Arguments.of("Sheet", sheet),
                Arguments.of("RadioList", radio));
    }

    private static ConsoleHarness open(Component list) {
        return ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> new ConsoleScreen() {
            @Override
            public String title() {
                return "Lists";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of(KeyHelp.of("/", "Filter"));
            }

            @Override
            public Component component() {
                return list;
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    @DisplayName("Every list says the same filter line with its count; Esc clears the filter and stays on the screen")
    void oneFilterLineEverywhere(String kind, Supplier<Component> make) {
        Component list = make.get();
        try (ConsoleHarness console = open(list)) {
            assertTrue(((Interactable) list).isFocused(), kind + " has the focus:\n" + console.text());
            console.type("/").type("BENEFITS").press(KeyType.Enter);
            assertTrue(console.shows("Filter \"BENEFITS\": 2 rows (/ changes it, Esc clears it)"),
                    kind + ":\n" + console.text());
            assertTrue(console.shows("Benefits MAPS") && console.shows("benefits LAPS"), kind + ":\n" + console.text());
            assertFalse(console.shows("Invoices") || console.shows("Renewals"), kind + ":\n" + console.text());

            console.press(KeyType.Escape);
            assertEquals("", ((Filterable) list).filter(), kind + ": Esc cleared the filter");
            assertFalse(console.shows("Filter \""), kind + ":\n" + console.text());
            assertTrue(console.shows("Invoices") && console.shows("Renewals"), kind + ":\n" + console.text());
            assertTrue(console.line(0).contains("Lists"), kind + ": still on the screen:\n" + console.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    @DisplayName("The filter is drawn escaped like any user text (ESC as ^[), with a count of 0 when nothing matches")
    void theFilterIsEscaped(String kind, Supplier<Component> make) {
        Component list = make.get();
        try (ConsoleHarness console = open(list)) {
            ((Filterable) list).applyFilter("\u001b[2J\u202Eevil");
            console.settle();
            assertTrue(console.shows("Filter \"^[[2J<U+202E>evil\": 0 rows (/ changes it, Esc clears it)"),
                    kind + ":\n" + console.text());
        }
    }

    @Test
    @DisplayName("A list over a database, which reads only the rows on screen, gives the line without a count")
    void aDatabaseListHasNoCount() {
        PagedList<Long, MillionRows.Invoice> list = new PagedList<>(new MillionRows(100_000),
                List.of(Column.flex("Invoice", MillionRows.Invoice::number)), "No invoices.");
        try (ConsoleHarness console = open(list)) {
            console.type("/").type("4242").press(KeyType.Enter);
            assertTrue(console.shows("Filter \"4242\" (/ changes it, Esc clears it)"), console.text());
        }
    }

    @Test
    @DisplayName("The line itself: one wording, counted or not, empty without a filter")
    void theLine() {
        assertEquals("Filter \"wire\": 1 row (/ changes it, Esc clears it)", FilterLine.of(" wire ", 1).text());
        assertEquals("Filter \"wire\" (/ changes it, Esc clears it)", FilterLine.uncounted("wire").text());
        assertEquals("", FilterLine.of("", 3).text());
    }

    @Test
    @DisplayName("RadioList keeps the ticked choice while it matches; hidden, nothing is ticked; cleared, it is ticked again")
    void radioListKeepsTheTick() {
        RadioList<String> methods = new RadioList<>();
        methods.addItem("Credit card");
        methods.addItem("Wire transfer");
        methods.setCheckedItem("Wire transfer");
        methods.applyFilter("wire");
        assertEquals(List.of("Wire transfer"), methods.getItems());
        assertEquals("Wire transfer", methods.getCheckedItem());
        methods.applyFilter("card");
        assertNull(methods.getCheckedItem(), "a hidden choice is never acted on");
        methods.applyFilter("");
        assertEquals(List.of("Credit card", "Wire transfer"), methods.getItems());
        assertEquals("Wire transfer", methods.getCheckedItem());
    }
}

package com.actionpack.tui.widget;

import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prints the time from a key press to the redrawn screen at the end of a million-row list, on
 * the virtual terminal (80x24), with an in-memory source: the cost of the widget and the
 * drawing, without the database. Not part of the normal build:
 *
 * <pre>mvn -B -q -pl tui -am verify -Dgroups=bench -DexcludedGroups=</pre>
 */
@Tag("bench")
class PagedListBenchTest {

    private static final int PRESSES = 400;

    @Test
    void keyPressToRedrawAtTheEndOfAMillionRows() {
        MillionRows source = new MillionRows(1_000_000);
        PagedList<Long, MillionRows.Invoice> list = new PagedList<>(source, List.of(
                Column.fixed("Invoice", 11, MillionRows.Invoice::number),
                Column.flex("Company", MillionRows.Invoice::company),
                Column.number("Total", 10, row -> Long.toString(row.totalCents()))), "none");
        ConsoleScreen screen = new ConsoleScreen() {
            @Override
            public String title() {
                return "Invoices";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of();
            }

            @Override
            public Component component() {
                return list;
            }
        };
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(), shell -> screen)) {
            console.press(KeyType.End);
            for (KeyType key : List.of(KeyType.PageUp, KeyType.ArrowUp)) {
                long[] nanos = new long[PRESSES];
                for (int i = 0; i < PRESSES; i++) {
                    long start = System.nanoTime();
                    console.press(i % 2 == 0 ? key : opposite(key));
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("PagedList, 1,000,000 rows, at the end, %s/%s + redraw 80x24: median %.2f ms, p99 %.2f ms%n",
                        key, opposite(key), nanos[PRESSES / 2] / 1e6, nanos[PRESSES * 99 / 100] / 1e6);
                assertTrue(nanos[PRESSES / 2] > 0);
            }
        }
    }

    private static KeyType opposite(KeyType key) {
        return key == KeyType.PageUp ? KeyType.PageDown : KeyType.ArrowDown;
    }
}

package com.actionpack.tui.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12: the toolkit's lists filter in place and lose nothing when the filter is cleared. */
class FilterableListsTest {

    @Test
    @DisplayName("ActionList shows the matching rows (any case) under a count line; rows added while filtered obey it; empty shows all")
    void actionListFilters() {
        List<String> ran = new ArrayList<>();
        ActionList list = new ActionList();
        for (String name : List.of("Invoices", "Benefits MAPS", "benefits LAPS")) {
            list.addItem(name, () -> ran.add(name));
        }
        list.applyFilter("BENEFITS");
        assertEquals(List.of("Filter \"BENEFITS\": 2 rows (/ changes it, an empty filter shows all)", "Benefits MAPS",
                "benefits LAPS"), list.shownRows());
        assertEquals(1, list.getSelectedIndex(), "the first match is selected, not the count line");
        list.runSelectedItem();
        assertEquals(List.of("Benefits MAPS"), ran);
        list.addItem("Renewals", () -> { });
        list.addItem("Benefits extra", () -> { });
        assertEquals(4, list.shownRows().size(), list.shownRows().toString());
        list.applyFilter("");
        assertEquals(List.of("Invoices", "Benefits MAPS", "benefits LAPS", "Renewals", "Benefits extra"),
                list.shownRows());
        list.clearItems();
        list.applyFilter("x");
        assertEquals(List.of("Filter \"x\": 0 rows (/ changes it, an empty filter shows all)"), list.shownRows());
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

package com.actionpack.tui.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.tui.text.Fit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one table layout: aligned columns, whole cells while they fit, an ellipsis or a wrap when not. */
class TableTest {

    private record Person(String email, String name, String company) {
    }

    private record Benefit(String name, String offer, int used, int units) {
    }

    private static final Table<Person> PEOPLE = new Table<>(List.of(
            Column.fit("Email", Person::email),
            Column.fit("Name", Person::name),
            Column.flex("Company", Person::company)));

    private static final List<Person> ROWS = List.of(
            new Person("billing.admin@contoso-demo.example", "Bill Billing", "Contoso Demo Partners, Inc. (4000002)"),
            new Person("ops@b.example", "Otto", "Back office"));

    @Test
    @DisplayName("FIT columns are as wide as their widest cell: whole emails, every column starting at the same place")
    void fitColumnsKeepCellsWhole() {
        Table.Bound<Person> table = PEOPLE.over(ROWS);
        List<String> lines = table.allLines(79);
        assertTrue(lines.get(1).startsWith("billing.admin@contoso-demo.example Bill Billing Contoso"), lines.get(1));
        int nameColumn = lines.get(0).indexOf("Name");
        assertEquals(nameColumn, lines.get(1).indexOf("Bill Billing"));
        assertEquals(nameColumn, lines.get(2).indexOf("Otto"));
        assertEquals(lines.get(0).indexOf("Company"), lines.get(2).indexOf("Back office"));
    }

    @Test
    @DisplayName("Too narrow: the flexible column gives way first, then FIT columns from the right; every cut ends in an ellipsis")
    void narrowTableCutsWithAnEllipsis() {
        Table.Bound<Person> table = PEOPLE.over(ROWS);
        for (int width : new int[] {60, 50, 40, 30}) {
            for (String line : table.allLines(width)) {
                assertTrue(Fit.width(line) <= width, width + ": [" + line + "]");
            }
            String first = table.lines(ROWS.get(0), width).get(0);
            if (width >= 50) {
                assertTrue(first.startsWith("billing.admin@contoso-demo.example "), "the email stays whole longest: " + first);
            }
            assertTrue(first.contains("…"), "something was cut, and says so: " + first);
        }
    }

    @Test
    @DisplayName("A wrap column continues its cell on the row's next lines, the other columns blank there: no dangling separator")
    void wrapColumnsContinueInPlace() {
        Table<Benefit> table = new Table<>(List.of(
                Column.wrapping("Benefit", Benefit::name),
                Column.wrapping("Offer", Benefit::offer),
                Column.fixed("Usage", 7, b -> UsageBar.of(b.used(), b.units(), 5)),
                Column.fitNumber("Left", b -> Integer.toString(b.units() - b.used()))));
        Benefit dynamics = new Benefit("Microsoft Dynamics CRM Workgroup Server 2016",
                "One server license provides access to five users", 0, 1);
        Table.Bound<Benefit> bound = table.over(List.of(dynamics));
        List<String> lines = bound.lines(dynamics, 40);
        assertTrue(lines.size() > 1, String.join("\n", lines));
        String offerStart = "One";
        int offerColumn = lines.get(0).indexOf(offerStart);
        assertTrue(offerColumn > 0, lines.get(0));
        assertTrue(lines.get(0).endsWith("[-----]    1"), lines.get(0));
        String joined = String.join(" ", lines).replaceAll(" +", " ");
        for (String word : (dynamics.name() + " " + dynamics.offer()).split(" ")) {
            assertTrue(joined.contains(word), "nothing is lost: " + word + " in " + joined);
        }
        for (String line : lines.subList(1, lines.size())) {
            assertFalse(line.contains("|") || line.contains("["), "continuation lines hold only the wrapped cells: " + line);
            assertTrue(Fit.width(line) <= 40, line);
        }
    }

    @Test
    @DisplayName("Database text in a cell is escaped: no control character reaches the terminal")
    void cellsAreEscaped() {
        Table.Bound<Person> table = PEOPLE.over(List.of(new Person("a@b.example", "evil\u001b[2Jname", "x")));
        String line = table.lines(table.rows().get(0), 79).get(0);
        assertFalse(line.contains("\u001b"), line);
        assertTrue(line.contains("^[[2J"), line);
    }

    @Test
    @DisplayName("R19: the used/left bar: empty unused, at least one # once used, full only when nothing is left")
    void usageBar() {
        assertEquals("[-----]", UsageBar.of(0, 5, 5));
        assertEquals("[#----]", UsageBar.of(1, 100, 5));
        assertEquals("[####-]", UsageBar.of(99, 100, 5));
        assertEquals("[#####]", UsageBar.of(5, 5, 5));
        assertEquals("[---]", UsageBar.of(0, 0, 3));
    }
}

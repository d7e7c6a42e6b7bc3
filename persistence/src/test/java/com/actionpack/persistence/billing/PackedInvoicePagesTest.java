package com.actionpack.persistence.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.testing.DbWorld;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On SQLite an invoice page reads each row packed in one value ({@link InvoiceColumns#PACKED},
 * issue 15). Over generated invoices on a real file, awkward values included (a unit separator,
 * '=', NUL, any Unicode, an empty text, a real or a 19-digit number where an integer is declared,
 * a row with no agreement), every paged row must equal the same row read column by column, the
 * way PostgreSQL pages read it and SQLite pages read it before.
 */
class PackedInvoicePagesTest {

    @TempDir
    Path folder;

    private static final String[] AWKWARD = {"", "=", "==x", "a\u001Fb", "\u001F", "x\u0000y", "Bât. B", "東京 😀",
        "NULL", "-", "12", " padded ", "line\nbreak", "\u001F=\u001F"};

    @Test
    @DisplayName("R9: every row of every page read packed equals the row read column by column")
    void packedPagesEqualColumnByColumn() throws SQLException {
        Path file = folder.resolve("pages.db");
        DbWorld world = new DbWorld(file, LocalDate.of(2026, 3, 1));
        Actor operator = world.operator();
        world.buyByCard(world.readyAccount("Fabrikam US", "US", operator));
        world.buyByWire(world.readyAccount("Fabrikam DE", "DE", operator));

        Random random = new Random(15);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            long orderWithoutAgreement = orderWithoutAgreement(c);
            List<Long> orders = longs(c, "SELECT id FROM orders");
            long sequence = longs(c, "SELECT max(sequence_no) FROM invoices").get(0);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO invoices (sequence_no, number, kind,"
                    + " order_id, order_number, account_id, partner_id, issued_on, sold_to_name, sold_to_street,"
                    + " sold_to_city, sold_to_postal_code, sold_to_country, bill_to_name, bill_to_street, bill_to_city,"
                    + " bill_to_postal_code, bill_to_country, line_description, quantity, currency, unit_price_minor,"
                    + " tax_basis_points, tax_minor, total_minor, payment_method, payment_terms,"
                    + " payment_instructions, credits_invoice_number)"
                    + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'US', ?, ?, ?, ?, 'DE', ?, ?, 'EUR', ?, ?, ?, ?,"
                    + " ?, ?, ?, ?)")) {
                for (int i = 1; i <= 240; i++) {
                    boolean credit = i % 7 == 0;
                    int p = 1;
                    insert.setLong(p++, sequence + i);
                    insert.setString(p++, "G-" + i + awkward(random));
                    insert.setString(p++, credit ? "CREDIT_NOTE" : "INVOICE");
                    insert.setLong(p++, i % 5 == 0 ? orderWithoutAgreement : orders.get(random.nextInt(orders.size())));
                    insert.setString(p++, awkward(random));
                    insert.setString(p++, awkward(random));
                    insert.setString(p++, "2026-03-0" + (1 + random.nextInt(9)));
                    for (int party = 0; party < 2; party++) {
                        insert.setString(p++, awkward(random));
                        insert.setString(p++, "Street " + awkward(random)); // core requires a street and a city
                        insert.setString(p++, "City " + awkward(random));
                        insert.setString(p++, awkward(random));
                    }
                    insert.setString(p++, awkward(random));
                    integer(insert, p++, 1 + random.nextInt(5), random);
                    integer(insert, p++, random.nextInt(3) == 0 ? 1_234_567_890_123_456_789L : random.nextInt(100_000),
                            random);
                    integer(insert, p++, random.nextInt(2_500), random);
                    integer(insert, p++, -random.nextInt(1_000), random);
                    integer(insert, p++, random.nextLong() >> random.nextInt(64), random);
                    insert.setString(p++, random.nextBoolean() ? "CREDIT_CARD" : "WIRE_TRANSFER");
                    insert.setString(p++, awkward(random));
                    insert.setString(p++, awkward(random));
                    if (credit) {
                        insert.setString(p, "=" + awkward(random));
                    } else {
                        insert.setNull(p, java.sql.Types.VARCHAR);
                    }
                    insert.executeUpdate();
                }
            }
            c.commit();
        }

        SqliteTransactions tx = world.db.transactions();
        int rows = tx.read(() -> {
            int compared = 0;
            for (int size : new int[] {1, 7, 50}) {
                List<Page<InvoiceView>> pages = new ArrayList<>();
                Page<InvoiceView> page = world.ports.invoices().page(OptionalLong.empty(), PageRequest.first(size));
                pages.add(page);
                while (page.hasNext()) {
                    long oldest = page.rows().get(page.rows().size() - 1).invoice().sequence();
                    page = world.ports.invoices().page(OptionalLong.empty(), PageRequest.after(oldest, size));
                    pages.add(page);
                }
                pages.add(world.ports.invoices().page(OptionalLong.empty(), PageRequest.last(size)));
                pages.add(world.ports.invoices().page(OptionalLong.of(1), PageRequest.first(size)));
                for (Page<InvoiceView> each : pages) {
                    for (InvoiceView row : each.rows()) {
                        assertEquals(JooqInvoiceRepository.pageRowById(tx.dsl(), row.invoice().id()), row,
                                "invoice " + row.invoice().id());
                        compared++;
                    }
                }
            }
            return compared;
        });
        assertTrue(rows > 3 * 240, rows + " rows compared");
    }

    private static String awkward(Random random) {
        if (random.nextInt(3) == 0) {
            return AWKWARD[random.nextInt(AWKWARD.length)];
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            text.appendCodePoint(random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x2000) : 'a' + random.nextInt(26));
        }
        return text.toString();
    }

    /** The value, or now and then the same number as a real (SQLite keeps x.5 as a real). */
    private static void integer(PreparedStatement insert, int index, long value, Random random) throws SQLException {
        if (random.nextInt(8) == 0) {
            insert.setDouble(index, value + 0.5);
        } else {
            insert.setLong(index, value);
        }
    }

    /** A copy of the first order, under a new id and number, that records no agreement. */
    private static long orderWithoutAgreement(Connection c) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(orders)")) {
            while (r.next()) {
                columns.add(r.getString("name"));
            }
        }
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(switch (column) {
                case "id" -> "1000";
                case "number" -> "'AP-NO-AGREEMENT'";
                case "term" -> "900";
                default -> column;
            });
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO orders (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                    + " FROM orders ORDER BY id LIMIT 1");
        }
        return 1000;
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }
}

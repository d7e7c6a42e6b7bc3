package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packed row ({@link PackedColumns}) reads every value exactly as sqlite-jdbc reads the same
 * column on its own, whatever the data, or says it cannot and the row is read column by column
 * (issue 15). Generated rows on a real SQLite file: text with separators, '=' and NUL inside,
 * empty text against NULL, any Unicode, bytes that are not UTF-8, integers of every size, reals
 * and text where integers are declared.
 */
class PackedColumnsTest {

    @TempDir
    Path folder;

    private static final Field<Long> ID = DSL.field(DSL.name("t", "id"), SQLDataType.BIGINT);
    private static final Field<String> NAME = DSL.field(DSL.name("t", "name"), SQLDataType.VARCHAR);
    private static final Field<String> NOTE = DSL.field(DSL.name("t", "note"), SQLDataType.VARCHAR);
    private static final Field<Long> AMOUNT = DSL.field(DSL.name("t", "amount"), SQLDataType.BIGINT);
    private static final Field<Long> REFERENCE = DSL.field(DSL.name("t", "reference"), SQLDataType.BIGINT);
    private static final Field<String> DAY = DSL.field(DSL.name("t", "day"), SQLDataType.VARCHAR);
    private static final List<Field<?>> COLUMNS = List.of(ID, NAME, NOTE, AMOUNT, REFERENCE, DAY);
    /** NOTE and REFERENCE may be NULL. */
    private static final PackedColumns PACKED = PackedColumns.of(COLUMNS, List.of(NOTE, REFERENCE));

    private static final String[] TEXTS = {"", "=", "==x", "a\u001Fb", "\u001F", "x\u0000y", "Bât. B", "東京",
        "😀 emoji", "ø\u001F", " ", "NULL", "-", "12", "-7", "1e3"};

    @Test
    @DisplayName("every packed value equals what getString/getLong read of the same column, or the row is read by column")
    void packedEqualsColumnByColumn() throws SQLException {
        Random random = new Random(15);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("packed.db"))) {
            try (var s = c.createStatement()) {
                // Declared as the app's tables declare theirs: INTEGER and DATE affinity, VARCHAR text.
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, note VARCHAR(200),"
                        + " amount INTEGER NOT NULL, reference INTEGER, day DATE NOT NULL)");
            }
            List<Boolean> plain = new ArrayList<>();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int id = 1; id <= 3000; id++) {
                    insert.setLong(1, id);
                    boolean[] fits = {true};
                    text(insert, 2, random, false, fits);
                    text(insert, 3, random, true, fits);
                    integer(insert, 4, random, false, fits);
                    integer(insert, 5, random, true, fits);
                    text(insert, 6, random, false, fits);
                    insert.executeUpdate();
                    plain.add(fits[0]);
                }
            }
            c.commit();
            DSLContext dsl = DSL.using(SQLDialect.SQLITE);
            String packedSql = dsl.select(PACKED.packed()).from(DSL.table(DSL.name("t"))).orderBy(ID)
                    .getSQL(ParamType.INLINED);
            String columnsSql = dsl.select(COLUMNS).from(DSL.table(DSL.name("t"))).orderBy(ID).getSQL(ParamType.INLINED);
            int packedRows = 0;
            int byColumn = 0;
            try (var packedQuery = c.prepareStatement(packedSql); var columnsQuery = c.prepareStatement(columnsSql);
                    ResultSet packed = packedQuery.executeQuery(); ResultSet columns = columnsQuery.executeQuery()) {
                PackedRow row = PACKED.row();
                ColumnValues values = new ColumnValues(columns, SQLDialect.SQLITE);
                while (packed.next()) {
                    assertTrue(columns.next());
                    long id = columns.getLong(1);
                    if (!row.read(packed.getBytes(1))) {
                        assertEquals(id, row.key(), "the key of a row read by column");
                        assertFalse(plain.get((int) id - 1), "row " + id + " was plain but not read packed");
                        byColumn++;
                        continue;
                    }
                    packedRows++;
                    for (int column = 1; column <= COLUMNS.size(); column++) {
                        assertEquals(values.text(column), row.text(column), "row " + id + " column " + column);
                    }
                    for (int column : new int[] {1, 4, 5}) {
                        assertEquals(values.integer(column), row.integer(column), "row " + id + " column " + column);
                    }
                }
                assertFalse(columns.next());
            }
            
            assertTrue(packedRows > 1000 && byColumn > 100, packedRows + " rows packed, " + byColumn + " by column");
        }
    }

    /** A text, NULL (when allowed), or bytes that are not UTF-8; clears {@code fits[0]} for a separator. */
    private static void text(PreparedStatement insert, int index, Random random, boolean nullable, boolean[] fits)
            throws SQLException {
        int pick = random.nextInt(10);
        if (nullable && pick == 0) {
            insert.setNull(index, Types.VARCHAR);
            return;
        }
        if (pick == 1) {
            byte[] bytes = new byte[random.nextInt(4)];
            random.nextBytes(bytes);
            for (byte b : bytes) {
                fits[0] &= b != PackedColumns.SEPARATOR;
            }
            insert.setBytes(index, bytes); // stored as a BLOB, read as text as it is
            return;
        }
        String value = pick < 6 ? TEXTS[random.nextInt(TEXTS.length)] : randomText(random);
        fits[0] &= value.indexOf('\u001F') < 0;
        insert.setString(index, value);
    }

    /** Any code points, a few of them the separator. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(5);
            int codePoint = kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x780)
                    : kind == 2 ? 0x800 + random.nextInt(0xD000 - 0x800) : kind == 3 ? 0x10000 + random.nextInt(0x1000)
                    : 'a' + random.nextInt(26);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** An integer of any size, NULL (when allowed), a real or text; clears {@code fits[0]} unless plain. */
    private static void integer(PreparedStatement insert, int index, Random random, boolean nullable, boolean[] fits)
            throws SQLException {
        int pick = random.nextInt(12);
        if (nullable && pick == 0) {
            insert.setNull(index, Types.BIGINT);
        } else if (pick == 1) {
            insert.setDouble(index, random.nextInt(1000) + 0.5);
            fits[0] = false;
        } else if (pick == 2) {
            insert.setString(index, TEXTS[random.nextInt(TEXTS.length)]);
            fits[0] = false; // text SQLite may or may not turn into an integer: either way is right
        } else if (pick == 3) {
            long[] edges = {Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
                -999_999_999_999_999_999L, 0, -1};
            long value = edges[random.nextInt(edges.length)];
            insert.setLong(index, value);
            fits[0] &= plain(value);
        } else {
            long value = random.nextLong() >> random.nextInt(64);
            insert.setLong(index, value);
            fits[0] &= plain(value);
        }
    }

    /** At most 18 digits: what a packed row reads itself (longer ones go by column). */
    private static boolean plain(long value) {
        return Long.toString(value).replace("-", "").length() <= 18;
    }
}

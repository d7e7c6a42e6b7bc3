package com.actionpack.persistence.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * R23's threat, for tests: someone with direct SQL access to the database and the app's source,
 * but not the ledger key. Works on a raw JDBC connection, past the app: switches the ledger's
 * append-only triggers off, changes rows, then recomputes every row hash from the first row on
 * with {@link MessageDigest} (the published rule: SHA-256 of the previous hash, a newline and the
 * canonical content, rendered by the database) and rewrites the ledger's head to match. The
 * row and head seals it cannot compute: it leaves them as they are.
 */
final class SqlAttacker implements AutoCloseable {

    private final Connection connection;
    private final boolean postgres;

    SqlAttacker(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        connection.setAutoCommit(true);
    }

    /** Runs {@code statements} on {@code table} with its triggers off, then puts them back as they were. */
    void withTriggersOff(String table, String... statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (postgres) {
                s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
                for (String sql : statements) {
                    s.execute(sql);
                }
                s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
                return;
            }
            Map<String, String> triggers = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '"
                    + table + "'")) {
                while (r.next()) {
                    triggers.put(r.getString(1), r.getString(2));
                }
            }
            for (String name : triggers.keySet()) {
                s.execute("DROP TRIGGER " + name);
            }
            for (String sql : statements) {
                s.execute(sql);
            }
            for (String sql : triggers.values()) {
                s.execute(sql);
            }
        }
    }

    /** Runs plain SQL, e.g. on the heads or the seal, which have no triggers. */
    void execute(String... statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** One value of a query's first row, as text. */
    String text(String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /**
     * Recomputes every hash of {@code ledger} in id order and rewrites its head (count, last id,
     * last hash) to match the rows: the old, unkeyed chain then verifies as intact.
     *
     * @return how many row hashes changed
     */
    int recompute(Ledger ledger) throws Exception {
        DSLContext dsl = DSL.using(connection, postgres ? SQLDialect.POSTGRES : SQLDialect.SQLITE);
        Field<String> content = CanonicalColumn.content(dsl, CanonicalColumn.of(dsl, ledger), ledger.table());
        String query = dsl.renderInlined(dsl.select(DSL.field(DSL.name(ledger.table(), "id")),
                DSL.field(DSL.name(ledger.table(), "row_hash")), content).from(DSL.table(DSL.name(ledger.table())))
                .orderBy(DSL.field(DSL.name(ledger.table(), "id"))));
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3)});
            }
        }
        String previous = "";
        int changed = 0;
        List<long[]> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Object[] row : rows) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String hash = HexFormat.of().formatHex(sha.digest((previous + "\n" + row[2]).getBytes(StandardCharsets.UTF_8)));
            if (!hash.equals(row[1])) {
                ids.add(new long[] {(Long) row[0]});
                hashes.add(hash);
                changed++;
            }
            previous = hash;
        }
        if (!ids.isEmpty()) {
            String[] updates = new String[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                updates[i] = "UPDATE " + ledger.table() + " SET row_hash = '" + hashes.get(i) + "' WHERE id = " + ids.get(i)[0];
            }
            withTriggersOff(ledger.table(), updates);
        }
        long lastId = rows.isEmpty() ? 0 : (Long) rows.get(rows.size() - 1)[0];
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE ledger_heads SET row_count = ?, last_id = ?, last_hash = ? WHERE ledger = ?")) {
            p.setLong(1, rows.size());
            p.setLong(2, lastId);
            p.setString(3, previous);
            p.setString(4, ledger.table());
            p.executeUpdate();
        }
        return changed;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

package com.actionpack.persistence.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The hash chain of the ledgers (R23), defined here once.
 *
 * <p><b>Canonical content</b> of a row: for every column of the table except {@code row_hash},
 * in the table's column order, skipping NULLs, the line {@code name=quote(value)} where
 * {@code quote} is SQLite's own (it keeps the storage class: {@code 5} and {@code '5'} differ).
 * It is read from the stored row, so it is exactly what the database holds. Because NULLs are
 * skipped, a later migration may add a nullable column without a default and every existing
 * hash stays valid; a column added with a non-NULL default needs the rows re-sealed by
 * {@link #sealFrom} in that migration.
 *
 * <p><b>Hash</b>: lower-case hex SHA-256 of the UTF-8 bytes of the previous row's
 * {@code row_hash} (the empty string for the first row), a newline, and the canonical content.
 * Rows are chained in id order; {@code ledger_heads} keeps the count, last id and last hash, so
 * that removing the newest rows is seen too.
 */
public final class LedgerChain {

    static final String HASH_COLUMN = "row_hash";

    private LedgerChain() {
    }

    /** The hash of a row given the previous row's hash ("" for the first) and its canonical content. */
    public static String hash(String previousHash, String canonicalContent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((previousHash == null ? "" : previousHash).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Seals the row {@code id} just inserted into {@code ledger} in the current transaction:
     * stores its hash and moves the ledger's head. Call it right after the insert.
     */
    public static void seal(DSLContext dsl, Ledger ledger, long id) {
        String previous = dsl.resultQuery("SELECT " + HASH_COLUMN + " FROM " + ledger.table()
                + " WHERE id < ? ORDER BY id DESC LIMIT 1", id).fetchOptional(0, String.class).orElse("");
        String content = dsl.resultQuery("SELECT " + canonicalExpression(dsl, ledger) + " FROM " + ledger.table()
                + " WHERE id = ?", id).fetchSingle(0, String.class);
        String hash = hash(previous == null ? "" : previous, content);
        int sealed = dsl.query("UPDATE " + ledger.table() + " SET " + HASH_COLUMN + " = ? WHERE id = ? AND "
                + HASH_COLUMN + " IS NULL", hash, id).execute();
        if (sealed != 1) {
            throw new IllegalStateException(ledger.table() + " row " + id + " was already sealed");
        }
        dsl.query("UPDATE ledger_heads SET row_count = row_count + 1, last_id = ?, last_hash = ? WHERE ledger = ?",
                id, hash, ledger.table()).execute();
    }

    /**
     * Seals, in id order, every row of {@code ledger} from id {@code fromId} on, all inserted
     * unsealed (by a migration over rows that existed before hashes, or a bulk insert), and
     * moves the head past them. Rows already sealed are refused.
     */
    public static void sealFrom(DSLContext dsl, Ledger ledger, long fromId) {
        String previous = dsl.resultQuery("SELECT " + HASH_COLUMN + " FROM " + ledger.table()
                + " WHERE id < ? ORDER BY id DESC LIMIT 1", fromId).fetchOptional(0, String.class).orElse("");
        List<Object[]> updates = new ArrayList<>();
        String[] last = {previous == null ? "" : previous};
        long[] lastId = {0};
        rows(dsl, ledger, fromId, row -> {
            if (row.hash() != null) {
                throw new IllegalStateException(ledger.table() + " row " + row.id() + " is already sealed");
            }
            last[0] = hash(last[0], row.content());
            updates.add(new Object[] {last[0], row.id()});
            lastId[0] = row.id();
        });
        if (updates.isEmpty()) {
            return;
        }
        String update = "UPDATE " + ledger.table() + " SET " + HASH_COLUMN + " = ? WHERE id = ? AND " + HASH_COLUMN
                + " IS NULL";
        for (int from = 0; from < updates.size(); from += 10_000) {
            var batch = dsl.batch(update);
            for (Object[] values : updates.subList(from, Math.min(updates.size(), from + 10_000))) {
                batch = batch.bind(values);
            }
            batch.execute();
        }
        dsl.query("UPDATE ledger_heads SET row_count = row_count + ?, last_id = ?, last_hash = ? WHERE ledger = ?",
                updates.size(), lastId[0], last[0], ledger.table()).execute();
    }

    /** One stored row as the chain sees it. */
    record ChainRow(long id, String name, String hash, String content) {
    }

    /** Streams the rows of {@code ledger} from id {@code fromId} on, in id order, with their stored hash and canonical content. */
    static void rows(DSLContext dsl, Ledger ledger, long fromId, Consumer<ChainRow> each) {
        String name = ledger.nameColumn() == null ? "NULL" : ledger.nameColumn();
        try (Cursor<Record> cursor = dsl.resultQuery("SELECT id, " + name + ", " + HASH_COLUMN + ", "
                + canonicalExpression(dsl, ledger) + " FROM " + ledger.table() + " WHERE id >= ? ORDER BY id", fromId)
                .fetchSize(1000).fetchLazy()) {
            for (Record r : cursor) {
                each.accept(new ChainRow(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class)));
            }
        }
    }

    /**
     * The SQL expression of a row's canonical content over the table's columns as they are now
     * ({@code PRAGMA table_info}), so that a migration may add columns without touching this.
     */
    static String canonicalExpression(DSLContext dsl, Ledger ledger) {
        List<String> columns = dsl.resultQuery("SELECT name FROM pragma_table_info(?) ORDER BY cid", ledger.table())
                .fetch(0, String.class);
        StringBuilder sql = new StringBuilder("(''");
        for (String column : columns) {
            if (HASH_COLUMN.equals(column)) {
                continue;
            }
            String quoted = "\"" + column.replace("\"", "\"\"") + "\"";
            sql.append(" || CASE WHEN ").append(quoted).append(" IS NULL THEN '' ELSE '")
                    .append(column.replace("'", "''")).append("=' || quote(").append(quoted).append(") || char(10) END");
        }
        return sql.append(")").toString();
    }
}

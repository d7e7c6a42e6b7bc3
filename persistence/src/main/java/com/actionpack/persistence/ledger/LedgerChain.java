package com.actionpack.persistence.ledger;

import static com.actionpack.persistence.jooq.Tables.LEDGER_HEADS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * The hash chain of the ledgers (R23), defined here once.
 *
 * <p><b>Canonical content</b> of a row: for every column of the table except {@code row_hash},
 * in the table's column order, skipping NULLs, the line {@code name=quote(value)} where
 * {@code quote} is SQLite's own (it keeps the storage class: {@code 5} and {@code '5'} differ).
 * It is rendered by the database from the stored row, so it is exactly what the database holds.
 * Because NULLs are skipped, a later migration may add a nullable column without a default and
 * every existing hash stays valid; a column added with a non-NULL default needs the rows
 * re-sealed by {@link #sealFrom} in that migration.
 *
 * <p><b>Hash</b>: lower-case hex SHA-256 of the UTF-8 bytes of the previous row's
 * {@code row_hash} (the empty string for the first row), a newline, and the canonical content.
 * Rows are chained in id order; {@code ledger_heads} keeps the count, last id and last hash, so
 * that removing the newest rows is seen too.
 *
 * <p><b>Appending</b> ({@link #append}, #16): the row's id and hash are settled before it is
 * inserted, so the app never updates a ledger row and PostgreSQL can take {@code UPDATE} away
 * from the app's role. The database renders the canonical content of the values about to be
 * inserted (the same expressions the insert then stores), and the stored row is read back once
 * to check that it renders the same.
 *
 * <p><b>Seal</b> (V17): the chain alone can be recomputed by anyone who can write the database,
 * so each appended row also gets {@code row_seal}, and each head {@code seal}, MACs under a key
 * the database does not hold ({@link LedgerSeal}). Appending checks the head's seal first: the
 * app never extends a head changed outside it.
 *
 * <p>On PostgreSQL {@link PostgresCanonicalContent} renders the same text for the same values
 * (SQLite's quote() of what jOOQ stores there), so a chain copied between the backends verifies
 * on either. Every statement is built with jOOQ.
 */
public final class LedgerChain {

    static final String HASH_COLUMN = "row_hash";

    /** The row's MAC under the ledger key (V17, {@link LedgerSeal}); like the hash, not part of the content. */
    static final String SEAL_COLUMN = "row_seal";

    /** Rows read per query when walking a chain. */
    private static final int PAGE = 2_000;

    /** The alias of the one-row table of values about to be appended. */
    private static final String PENDING = "pending";

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
     * Appends {@code row} to {@code ledger} in the current transaction, sealed: takes the
     * ledger's head (locked on PostgreSQL, so appenders take turns; SQLite's writers already
     * do), checks its seal, gives the row the next id, computes its hash and seal, inserts it with
     * both and moves the head and its seal. Columns the record leaves unset get the column's
     * default, as an insert would.
     *
     * @return the new row's id
     * @throws com.actionpack.persistence.db.DatabaseException when the head does not match its
     *         seal, or the database's seal is missing or changed (R23: changed outside the app)
     * @throws IllegalStateException when the stored row does not render as computed (a bug:
     *         the transaction must roll back)
     */
    public static long append(DSLContext dsl, LedgerSeal seal, Ledger ledger, TableRecord<?> row) {
        Table<?> table = row.getTable();
        boolean postgres = isPostgres(dsl);
        var headQuery = dsl.select(LEDGER_HEADS.ROW_COUNT, LEDGER_HEADS.LAST_ID, LEDGER_HEADS.LAST_HASH, LEDGER_HEADS.SEAL)
                .from(LEDGER_HEADS).where(LEDGER_HEADS.LEDGER.eq(ledger.table()));
        Record4<Long, Long, String, String> head = (postgres ? headQuery.forUpdate() : headQuery).fetchSingle();
        seal.checkHead(ledger, head.value1(), head.value2(), head.value3(), head.value4());
        Field<Long> id = idOf(table);
        long newId = nextId(dsl, table, id, head.value2());
        row.set(id, newId);

        List<Field<?>> columns = new ArrayList<>();
        List<Field<?>> values = new ArrayList<>();
        for (Field<?> column : table.fields()) {
            if (!HASH_COLUMN.equals(column.getName()) && !SEAL_COLUMN.equals(column.getName())) {
                columns.add(column);
                values.add(valueOf(row, column));
            }
        }
        List<CanonicalColumn> layout = CanonicalColumn.of(dsl, ledger);
        Table<?> pending = DSL.select(aliased(values, columns)).asTable(PENDING);
        String content = dsl.select(CanonicalColumn.content(dsl, layout, PENDING)).from(pending).fetchSingle(0, String.class);
        String hash = hash(head.value3(), content);

        Field<String> hashColumn = stringColumn(table, HASH_COLUMN);
        Field<String> sealColumn = stringColumn(table, SEAL_COLUMN);
        List<Field<?>> allColumns = new ArrayList<>(columns);
        allColumns.add(hashColumn);
        allColumns.add(sealColumn);
        List<Field<?>> allValues = new ArrayList<>(values);
        allValues.add(DSL.val(hash, hashColumn.getDataType()));
        allValues.add(DSL.val(seal.row(ledger, newId, hash), sealColumn.getDataType()));
        dsl.insertInto(table).columns(allColumns).values(allValues).execute();

        String stored = dsl.select(CanonicalColumn.content(dsl, layout, table.getName())).from(table)
                .where(id.eq(newId)).fetchSingle(0, String.class);
        if (!stored.equals(content)) {
            throw new IllegalStateException(ledger.table() + " row " + newId + " is stored unlike its values: its hash"
                    + " would not verify");
        }
        long count = head.value1() + 1;
        dsl.update(LEDGER_HEADS).set(LEDGER_HEADS.ROW_COUNT, count).set(LEDGER_HEADS.LAST_ID, newId)
                .set(LEDGER_HEADS.LAST_HASH, hash).set(LEDGER_HEADS.SEAL, seal.head(ledger, count, newId, hash))
                .where(LEDGER_HEADS.LEDGER.eq(ledger.table())).execute();
        return newId;
    }

    /**
     * Seals, in id order, every row of {@code ledger} from id {@code fromId} on, all inserted
     * unsealed (by a migration over rows that existed before hashes, or the demo's bulk insert,
     * which runs as the schema's owner on PostgreSQL), and moves the head past them. Rows already
     * sealed are refused.
     *
     * @param seal the database's seal: each row gets its MAC and the head is checked and sealed
     *        again; null only in the migration V5, which runs before V17 gave rows and heads a seal
     */
    public static void sealFrom(DSLContext dsl, Ledger ledger, long fromId, LedgerSeal seal) {
        if (seal != null) {
            var head = dsl.select(LEDGER_HEADS.ROW_COUNT, LEDGER_HEADS.LAST_ID, LEDGER_HEADS.LAST_HASH, LEDGER_HEADS.SEAL)
                    .from(LEDGER_HEADS).where(LEDGER_HEADS.LEDGER.eq(ledger.table())).fetchSingle();
            seal.checkHead(ledger, head.value1(), head.value2(), head.value3(), head.value4());
        }
        Table<Record> table = DSL.table(DSL.name(ledger.table()));
        Field<Long> id = DSL.field(DSL.name(ledger.table(), "id"), Long.class);
        Field<String> hashColumn = DSL.field(DSL.name(HASH_COLUMN), String.class);
        String previous = dsl.select(DSL.field(DSL.name(ledger.table(), HASH_COLUMN), String.class)).from(table)
                .where(id.lt(fromId)).orderBy(id.desc()).limit(1).fetchOptional(0, String.class).orElse("");
        // One prepared UPDATE, bound once per row and sent 10,000 rows at a time.
        var update = dsl.update(table).set(hashColumn, DSL.param("hash", String.class));
        Query sealing = (seal == null ? update : update.set(DSL.field(DSL.name(SEAL_COLUMN), String.class),
                DSL.param("seal", String.class)))
                .where(DSL.field(DSL.name("id"), Long.class).eq(DSL.param("id", Long.class))).and(hashColumn.isNull());
        org.jooq.BatchBindStep[] batch = {dsl.batch(sealing)};
        int[] bound = {0};
        String[] last = {previous == null ? "" : previous};
        long[] lastId = {0};
        int[] count = {0};
        rows(dsl, ledger, fromId, seal != null, row -> {
            if (row.hash() != null) {
                throw new IllegalStateException(ledger.table() + " row " + row.id() + " is already sealed");
            }
            last[0] = hash(last[0], row.content());
            batch[0] = seal == null ? batch[0].bind(last[0], row.id())
                    : batch[0].bind(last[0], seal.row(ledger, row.id(), last[0]), row.id());
            lastId[0] = row.id();
            count[0]++;
            if (++bound[0] == 10_000) {
                batch[0].execute();
                batch[0] = dsl.batch(sealing);
                bound[0] = 0;
            }
        });
        if (bound[0] > 0) {
            batch[0].execute();
        }
        if (count[0] == 0) {
            return;
        }
        var headUpdate = dsl.update(LEDGER_HEADS).set(LEDGER_HEADS.ROW_COUNT, LEDGER_HEADS.ROW_COUNT.plus((long) count[0]))
                .set(LEDGER_HEADS.LAST_ID, lastId[0]).set(LEDGER_HEADS.LAST_HASH, last[0]);
        if (seal != null) {
            long rowCount = dsl.select(LEDGER_HEADS.ROW_COUNT).from(LEDGER_HEADS).where(LEDGER_HEADS.LEDGER.eq(ledger.table()))
                    .fetchSingle(0, Long.class) + count[0];
            headUpdate = headUpdate.set(LEDGER_HEADS.SEAL, seal.head(ledger, rowCount, lastId[0], last[0]));
        }
        headUpdate.where(LEDGER_HEADS.LEDGER.eq(ledger.table())).execute();
    }

    /** One stored row as the chain sees it: {@code seal} is null in rows written before the ledger key (V17). */
    record ChainRow(long id, String name, String hash, String seal, String content) {
    }

    /**
     * Streams the rows of {@code ledger} from id {@code fromId} on, in id order, with their stored
     * hash, seal and canonical content; {@code withSeals} false before V17 (no seal column yet).
     */
    static void rows(DSLContext dsl, Ledger ledger, long fromId, boolean withSeals, Consumer<ChainRow> each) {
        Table<Record> table = DSL.table(DSL.name(ledger.table()));
        Field<Long> id = DSL.field(DSL.name(ledger.table(), "id"), Long.class);
        Field<String> name = ledger.nameColumn() == null ? DSL.inline((String) null, String.class)
                : DSL.field(DSL.name(ledger.table(), ledger.nameColumn()), String.class);
        Field<String> hash = DSL.field(DSL.name(ledger.table(), HASH_COLUMN), String.class);
        Field<String> seal = withSeals ? DSL.field(DSL.name(ledger.table(), SEAL_COLUMN), String.class)
                : DSL.inline((String) null, String.class);
        Field<String> content = CanonicalColumn.content(dsl, CanonicalColumn.of(dsl, ledger), ledger.table());
        // A page of rows at a time, read whole: no cursor stays open while the caller writes
        // (sealFrom updates the rows it has read), and memory stays flat at any size.
        long from = fromId;
        while (true) {
            var page = dsl.select(id, name, hash, seal, content).from(table).where(id.ge(from)).orderBy(id).limit(PAGE).fetch();
            for (Record r : page) {
                ChainRow row = new ChainRow(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, String.class));
                each.accept(row);
                from = row.id() + 1;
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static boolean isPostgres(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> idOf(Table<?> table) {
        Field<?> id = table.field("id");
        if (id == null || !Long.class.equals(id.getType())) {
            throw new IllegalArgumentException(table.getName() + " has no id column of type Long");
        }
        return (Field<Long>) id;
    }

    @SuppressWarnings("unchecked")
    private static Field<String> stringColumn(Table<?> table, String name) {
        Field<?> column = table.field(name);
        if (column == null) {
            throw new IllegalArgumentException(table.getName() + " has no " + name + " column");
        }
        return (Field<String>) column;
    }

    /**
     * PostgreSQL: the id column's own sequence (the head's lock makes appenders take turns, so
     * ids grow in commit order). SQLite: one past the largest id (writers hold the file's lock).
     */
    private static long nextId(DSLContext dsl, Table<?> table, Field<Long> id, long headLastId) {
        long next;
        if (isPostgres(dsl)) {
            Field<String> sequence = DSL.function("pg_get_serial_sequence", String.class, DSL.inline(table.getName()),
                    DSL.inline(id.getName()));
            next = dsl.select(DSL.function("nextval", Long.class, sequence)).fetchSingle(0, Long.class);
        } else {
            next = dsl.select(DSL.coalesce(DSL.max(id), 0L).plus(1L)).from(table).fetchSingle(0, Long.class);
        }
        if (next <= headLastId) {
            throw new IllegalStateException(table.getName() + " would get id " + next + " at or below its head's "
                    + headLastId + ": the chain would not be in id order");
        }
        return next;
    }

    /** What an insert of {@code row} stores in {@code column}: the value set, else the column's default. */
    private static Field<?> valueOf(TableRecord<?> row, Field<?> column) {
        if (row.changed(column)) {
            return DSL.val(row.get(column), column.getDataType());
        }
        if (column.getDataType().defaulted()) {
            return column.getDataType().defaultValue();
        }
        return DSL.val(null, column.getDataType());
    }

    private static List<Field<?>> aliased(List<Field<?>> values, List<Field<?>> columns) {
        List<Field<?>> aliased = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            aliased.add(values.get(i).as(columns.get(i).getName()));
        }
        return aliased;
    }
}

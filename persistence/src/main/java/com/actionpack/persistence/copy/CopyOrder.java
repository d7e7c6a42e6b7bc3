package com.actionpack.persistence.copy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.ForeignKey;
import org.jooq.Table;

/**
 * The order in which a copy inserts the app's tables: every parent before its children, by the
 * foreign keys jOOQ generated from the schema, so no constraint need be deferred. The schema
 * has a cycle (an order renews a membership, a membership belongs to an order): it is broken at
 * a foreign key whose columns may be NULL, which the copy fills in after both tables are in
 * ({@link #late()}). A table's reference to itself is left to the row order (primary key).
 *
 * @param tables every table, parents first
 * @param late   per table, the foreign keys copied as NULL first and set once their parents are in
 */
record CopyOrder(List<Table<?>> tables, Map<Table<?>, List<ForeignKey<?, ?>>> late) {

    CopyOrder {
        tables = List.copyOf(tables);
        late = Map.copyOf(late);
    }

    static CopyOrder of(List<? extends Table<?>> all) {
        Set<Table<?>> placed = new LinkedHashSet<>();
        List<Table<?>> left = new ArrayList<>(all);
        Map<Table<?>, List<ForeignKey<?, ?>>> late = new LinkedHashMap<>();
        while (!left.isEmpty()) {
            boolean progress = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                Table<?> table = it.next();
                boolean ready = waitingFor(table, all, placed, late).isEmpty();
                if (ready) {
                    placed.add(table);
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                breakCycle(left, all, placed, late);
            }
        }
        return new CopyOrder(List.copyOf(placed), late);
    }

    /** The foreign keys of {@code table} whose parents are not in yet (and are not to be filled in late). */
    private static List<ForeignKey<?, ?>> waitingFor(Table<?> table, List<? extends Table<?>> all, Set<Table<?>> placed,
            Map<Table<?>, List<ForeignKey<?, ?>>> late) {
        List<ForeignKey<?, ?>> waiting = new ArrayList<>();
        for (ForeignKey<?, ?> key : table.getReferences()) {
            Table<?> parent = key.getKey().getTable();
            if (!parent.equals(table) && all.contains(parent) && !placed.contains(parent)
                    && !late.getOrDefault(table, List.of()).contains(key)) {
                waiting.add(key);
            }
        }
        return waiting;
    }

    private static void breakCycle(List<Table<?>> left, List<? extends Table<?>> all, Set<Table<?>> placed,
            Map<Table<?>, List<ForeignKey<?, ?>>> late) {
        for (Table<?> table : left) {
            for (ForeignKey<?, ?> key : waitingFor(table, all, placed, late)) {
                if (nullable(table, key) && reaches(key.getKey().getTable(), table, all, placed, late, new LinkedHashSet<>())) {
                    late.computeIfAbsent(table, t -> new ArrayList<>()).add(key);
                    return;
                }
            }
        }
        throw new IllegalStateException("foreign keys form a cycle of NOT NULL columns among " + left);
    }

    /** Columns that may hold NULL, none of them in the primary key. */
    private static boolean nullable(Table<?> table, ForeignKey<?, ?> key) {
        List<?> primary = table.getPrimaryKey() == null ? List.of() : table.getPrimaryKey().getFields();
        return key.getFields().stream().allMatch(f -> f.getDataType().nullable() && !primary.contains(f));
    }

    /** Whether {@code from} waits, through parents not yet in, on {@code target}: the key closes a cycle. */
    private static boolean reaches(Table<?> from, Table<?> target, List<? extends Table<?>> all, Set<Table<?>> placed,
            Map<Table<?>, List<ForeignKey<?, ?>>> late, Set<Table<?>> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (ForeignKey<?, ?> key : waitingFor(from, all, placed, late)) {
            if (reaches(key.getKey().getTable(), target, all, placed, late, seen)) {
                return true;
            }
        }
        return false;
    }
}

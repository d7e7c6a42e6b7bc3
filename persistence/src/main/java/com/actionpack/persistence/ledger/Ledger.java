package com.actionpack.persistence.ledger;

import java.util.List;

/**
 * The append-only tables whose rows are chained by hash (R23), each with the triggers that keep
 * it append-only (R9, R19, R21) and the column that names a row to a person.
 */
public enum Ledger {

    INVOICES("invoices", "invoices and credit notes", "number",
            List.of("invoices_sequence_increases", "invoices_never_updated", "invoices_never_deleted")),
    REDEMPTIONS("redemptions", "redemptions", null,
            List.of("redemptions_never_updated", "redemptions_never_deleted")),
    AUDIT_LOG("audit_log", "audit entries", "action",
            List.of("audit_log_never_updated", "audit_log_never_deleted"));

    private final String table;
    private final String label;
    private final String nameColumn;
    private final List<String> triggers;

    Ledger(String table, String label, String nameColumn, List<String> triggers) {
        this.table = table;
        this.label = label;
        this.nameColumn = nameColumn;
        this.triggers = triggers;
    }

    /** The SQL table name, also the ledger's key in {@code ledger_heads}. */
    public String table() {
        return table;
    }

    /** What its rows are, plural, e.g. "audit entries". */
    public String label() {
        return label;
    }

    /** A column that names a row besides its id (an invoice's number), or null. */
    String nameColumn() {
        return nameColumn;
    }

    /** The triggers that must exist for the ledger to be append-only. */
    public List<String> triggers() {
        return triggers;
    }
}

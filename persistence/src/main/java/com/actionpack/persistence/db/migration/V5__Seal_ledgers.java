package com.actionpack.persistence.db.migration;

import com.actionpack.persistence.ledger.Ledger;
import com.actionpack.persistence.ledger.LedgerChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.impl.DSL;

/**
 * R23: seals the rows that existed before V4 added {@code row_hash}, by the chain's one rule.
 * In Java because SQLite has no SHA-256; in the same transaction as Flyway's history row.
 */
public final class V5__Seal_ledgers extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // The dialect of the database being migrated: this migration runs on SQLite and on PostgreSQL (#16).
        var dsl = DSL.using(context.getConnection(), org.jooq.tools.jdbc.JDBCUtils.dialect(context.getConnection()));
        for (Ledger ledger : Ledger.values()) {
            LedgerChain.sealFrom(dsl, ledger, Long.MIN_VALUE, null); // before V17: no ledger key yet
        }
    }
}

package com.actionpack.persistence.audit;

import static com.actionpack.persistence.jooq.Tables.AUDIT_LOG;

import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.audit.AuditFilter;
import com.actionpack.core.audit.AuditLog;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.persistence.db.Keyset;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.db.Times;
import com.actionpack.persistence.jooq.tables.records.AuditLogRecord;
import com.actionpack.persistence.ledger.Ledger;
import com.actionpack.persistence.ledger.LedgerChain;
import com.actionpack.persistence.ledger.LedgerSeal;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The audit trail (R21): append-only, enforced by triggers; read a keyset page at a time. */
public final class JooqAuditLog implements AuditLog {

    private final SqliteTransactions tx;
    private final LedgerSeal seal;

    /** @param seal the database's ledger seal: every row is appended under it (R23) */
    public JooqAuditLog(SqliteTransactions tx, LedgerSeal seal) {
        this.tx = tx;
        this.seal = java.util.Objects.requireNonNull(seal, "seal");
    }

    @Override
    public AuditEntry append(AuditEntry e) {
        AuditLogRecord r = new AuditLogRecord();
        r.setAt(Times.toDb(e.at()));
        r.setAccountId(e.accountId());
        r.setActor(e.actor());
        r.setChannel(e.channel());
        r.setAction(e.action());
        r.setSubject(e.subject());
        r.setBeforeText(e.before());
        r.setAfterText(e.after());
        // R23: inserted with its hash, so no row of the ledger is ever without one, nor updated (#16).
        long id = LedgerChain.append(tx.dsl(), seal, Ledger.AUDIT_LOG, r);
        return e.withId(id);
    }

    @Override
    public Page<AuditEntry> page(AuditFilter filter, PageRequest request) {
        DSLContext dsl = tx.dsl();
        Condition scope = filter.accountId().isPresent() ? AUDIT_LOG.ACCOUNT_ID.eq(filter.accountId().getAsLong())
                : DSL.noCondition();
        if (!filter.text().isEmpty()) {
            // contains() escapes % and _ in the text; lower() folds ASCII only, as SQLite does.
            scope = scope.and(DSL.lower(DSL.concat(AUDIT_LOG.ACTION, DSL.inline(" "), AUDIT_LOG.SUBJECT, DSL.inline(" "),
                    AUDIT_LOG.ACTOR)).contains(filter.text().toLowerCase(Locale.ROOT)));
        }
        return Keyset.page(dsl, AUDIT_LOG, AUDIT_LOG.ID, scope, c -> dsl.select(AUDIT_LOG.fields()).from(AUDIT_LOG).where(c),
                (Record row) -> toEntry(row.into(AUDIT_LOG)), request);
    }

    public static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), Times.fromDb(r.getAt()), r.getAccountId(), r.getActor(), r.getChannel(),
                r.getAction(), r.getSubject(), r.getBeforeText(), r.getAfterText());
    }
}

package com.actionpack.persistence.reports;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.MEMBERSHIPS;
import static com.actionpack.persistence.jooq.Tables.REDEMPTIONS;

import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.membership.Membership;
import com.actionpack.persistence.benefits.JooqRedemptionRepository;
import com.actionpack.persistence.billing.JooqInvoiceRepository;
import com.actionpack.persistence.db.DatabaseException;
import com.actionpack.persistence.db.SqliteConnections;
import com.actionpack.persistence.db.SqliteFaults;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.membership.JooqMembershipRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Read-only streaming for reports: one query-only connection and one read snapshot per call,
 * rows handed over one at a time from a lazy cursor in key order, so a million invoices never
 * sit in memory at once.
 */
public final class ReportReader {

    private static final int FETCH_SIZE = 1_000;

    private final SqliteConnections connections;

    public ReportReader(SqliteConnections connections) {
        this.connections = connections;
    }

    /** Invoices and credit notes with a sequence above {@code afterSequence}, by sequence; returns how many. */
    public long invoices(long afterSequence, Consumer<Invoice> sink) {
        return stream(dsl -> dsl.selectFrom(INVOICES).where(INVOICES.SEQUENCE_NO.gt(afterSequence))
                .orderBy(INVOICES.SEQUENCE_NO), r -> JooqInvoiceRepository.toInvoice(r.into(INVOICES)), sink);
    }

    /** Every membership term, by id. */
    public long memberships(Consumer<Membership> sink) {
        return stream(dsl -> dsl.selectFrom(MEMBERSHIPS).orderBy(MEMBERSHIPS.ID),
                r -> JooqMembershipRepository.toMembership(r.into(MEMBERSHIPS)), sink);
    }

    /** Every redemption, by id. */
    public long redemptions(Consumer<Redemption> sink) {
        return stream(dsl -> dsl.selectFrom(REDEMPTIONS).orderBy(REDEMPTIONS.ID),
                r -> JooqRedemptionRepository.toRedemption(r.into(REDEMPTIONS)), sink);
    }

    private <R extends Record, T> long stream(Function<DSLContext, ResultQuery<R>> query, Function<R, T> mapper,
            Consumer<T> sink) {
        try (Connection connection = connections.open(SqliteConnections.Mode.REPORT)) {
            connection.setAutoCommit(false); // one snapshot for the whole export
            try {
                long count = 0;
                try (Cursor<R> cursor = query.apply(SqliteTransactions.dslOn(connection)).fetchSize(FETCH_SIZE).fetchLazy()) {
                    for (R row : cursor) {
                        sink.accept(mapper.apply(row));
                        count++;
                    }
                }
                return count;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw SqliteFaults.translate(connections.file(), e)
                    .orElseGet(() -> new DatabaseException("Reading " + connections.file() + " failed: " + e.getMessage(), e));
        }
    }
}

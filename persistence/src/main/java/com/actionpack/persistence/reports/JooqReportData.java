package com.actionpack.persistence.reports;

import static com.actionpack.persistence.jooq.Tables.ACCOUNTS;
import static com.actionpack.persistence.jooq.Tables.BENEFIT_CATALOG;
import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.MEMBERSHIPS;
import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static com.actionpack.persistence.jooq.Tables.REDEMPTIONS;
import static com.actionpack.persistence.jooq.Tables.USERS;

import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.membership.MembershipTerm;
import com.actionpack.core.membership.RenewalDue;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.persistence.db.DatabaseException;
import com.actionpack.persistence.db.SqliteConnections;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.db.Times;
import com.actionpack.reports.spi.ReportData;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;
import org.jooq.tools.Convert;
import org.jooq.impl.DSL;

/**
 * The report plugins' view of the database (the SPI's {@link ReportData}). Each call reads one
 * snapshot on a query-only connection and hands rows over one at a time from a lazy cursor in
 * key order, so a million invoices never sit in memory. Filters go into the SQL where they are
 * columns. Statuses are given as of the app clock's day by core's {@link Lifecycle}, as on every
 * screen (R8a): an unpaid wire order's invoice reads VOID from placed + 31 (R9a) and a term not
 * renewed EXPIRED from AD + 31, whether or not anything was written since; the status filter
 * applies to those derived values.
 */
public final class JooqReportData implements ReportData {

    private static final int FETCH_SIZE = 2_000;

    private final SqliteConnections connections;
    private final Clock clock;

    /**
     * @param clock the app's one clock (R14): its day is the day statuses are given for, and
     *     today for {@link #renewalsDue} when the filter gives no first day (R22)
     */
    public JooqReportData(SqliteConnections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) throws IOException {
        List<Condition> where = new ArrayList<>();
        account(filter, INVOICES.ACCOUNT_ID, INVOICES.PARTNER_ID, where);
        dates(filter, INVOICES.ISSUED_ON, where);
        number(filter, where);
        // One packed value per row (PackedInvoiceRows): jOOQ builds the SQL (type-safe columns),
        // plain JDBC reads it; jOOQ's record per row, then sqlite-jdbc's native call per value,
        // were most of a million-row export's time.
        String wanted = filter.status();
        LocalDate today = LocalDate.now(clock);
        if (connections.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            // PostgreSQL (#16): plain columns; the packing is SQLite's (concat_ws with char(31)).
            Function<DSLContext, ResultQuery<?>> columns = dsl -> dsl.select(PackedInvoiceRows.columns())
                    .from(INVOICES).join(ORDERS).on(ORDERS.ID.eq(INVOICES.ORDER_ID))
                    .where(where).orderBy(INVOICES.SEQUENCE_NO);
            streamRowsWith(columns, connection -> new PackedInvoiceRows(connection, wanted, today)::readColumns, sink);
            return;
        }
        Function<DSLContext, ResultQuery<?>> query = dsl -> dsl.select(PackedInvoiceRows.packed())
                .from(INVOICES).join(ORDERS).on(ORDERS.ID.eq(INVOICES.ORDER_ID))
                .where(where).orderBy(INVOICES.SEQUENCE_NO);
        streamRowsWith(query, connection -> new PackedInvoiceRows(connection, wanted, today), sink);
    }

    /**
     * Whole documents for printing (the PDF plugin): the same filters and order as
     * {@link #invoices}, every field R9 prints, one row at a time.
     */
    @Override
    public void invoiceDocuments(Filter filter, RowSink<? super InvoiceDocument> sink) throws IOException {
        List<Condition> where = new ArrayList<>();
        account(filter, INVOICES.ACCOUNT_ID, INVOICES.PARTNER_ID, where);
        dates(filter, INVOICES.ISSUED_ON, where);
        number(filter, where);
        Function<DSLContext, ResultQuery<?>> query = dsl -> dsl.select(INVOICES.NUMBER, INVOICES.KIND,
                        INVOICES.CREDITS_INVOICE_NUMBER, INVOICES.ISSUED_ON, ORDERS.STATUS, INVOICES.PARTNER_ID,
                        INVOICES.ORDER_NUMBER,
                        INVOICES.SOLD_TO_NAME, INVOICES.SOLD_TO_STREET, INVOICES.SOLD_TO_CITY,
                        INVOICES.SOLD_TO_POSTAL_CODE, INVOICES.SOLD_TO_COUNTRY,
                        INVOICES.BILL_TO_NAME, INVOICES.BILL_TO_STREET, INVOICES.BILL_TO_CITY,
                        INVOICES.BILL_TO_POSTAL_CODE, INVOICES.BILL_TO_COUNTRY,
                        INVOICES.LINE_DESCRIPTION, INVOICES.QUANTITY, INVOICES.UNIT_PRICE_MINOR,
                        INVOICES.TAX_BASIS_POINTS, INVOICES.TAX_MINOR, INVOICES.TOTAL_MINOR, INVOICES.CURRENCY,
                        INVOICES.PAYMENT_METHOD, INVOICES.PAYMENT_TERMS, INVOICES.PAYMENT_INSTRUCTIONS,
                        ORDERS.PLACED_ON, ORDERS.PAID_ON)
                .from(INVOICES).join(ORDERS).on(ORDERS.ID.eq(INVOICES.ORDER_ID))
                .where(where).orderBy(INVOICES.SEQUENCE_NO);
        String wanted = filter.status();
        LocalDate today = LocalDate.now(clock);
        streamRows(query, rs -> {
            DocumentKind kind = DocumentKind.valueOf(rs.getString(2));
            // The same status as the invoices list, as of the app's day (R8a, R9a).
            String status = Lifecycle.invoice(kind, OrderStatus.valueOf(rs.getString(5)), day(rs.getString(28)),
                    today).name();
            if (wanted != null && !wanted.equalsIgnoreCase(status)) {
                return null;
            }
            Party soldTo = new Party(rs.getString(8),
                    new Address(rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
            Party billTo = new Party(rs.getString(13),
                    new Address(rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17)));
            int quantity = Math.toIntExact(rs.getLong(19));
            long unitPrice = rs.getLong(20);
            return new InvoiceDocument(rs.getString(1),
                    kind == DocumentKind.INVOICE ? InvoiceRow.Kind.INVOICE : InvoiceRow.Kind.CREDIT_NOTE,
                    rs.getString(3), day(rs.getString(4)), status, rs.getString(6), rs.getString(7), soldTo, billTo,
                    rs.getString(18), quantity, unitPrice, unitPrice * quantity, Math.toIntExact(rs.getLong(21)),
                    rs.getLong(22), rs.getLong(23), rs.getString(24), rs.getString(25),
                    // R9: a paid wire invoice says when the funds arrived, as the console's document does.
                    com.actionpack.core.billing.InvoiceView.paymentTerms(kind,
                            com.actionpack.core.ordering.PaymentMethod.valueOf(rs.getString(25)), rs.getString(26),
                            day(rs.getString(29))),
                    // R8: a paid, void or refunded invoice asks for no payment: no instructions.
                    com.actionpack.core.billing.InvoiceView.paymentInstructions(
                            com.actionpack.core.billing.InvoiceStatus.valueOf(status), rs.getString(27)));
        }, sink);
    }

    private static void number(Filter filter, List<Condition> where) {
        if (filter.number() != null) {
            where.add(DSL.upper(INVOICES.NUMBER).eq(filter.number().strip().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /** An ISO day as SQLite stores it ({@code 2026-11-24}), without a formatter per row. */
    static LocalDate day(String text) {
        return com.actionpack.persistence.db.JdbcRows.day(text);
    }

    @Override
    public void memberships(Filter filter, RowSink<? super MembershipRow> sink) throws IOException {
        List<Condition> where = new ArrayList<>();
        account(filter, MEMBERSHIPS.ACCOUNT_ID, ACCOUNTS.PARTNER_ID, where);
        dates(filter, MEMBERSHIPS.START_DATE, where);
        String wanted = filter.status();
        LocalDate today = LocalDate.now(clock);
        stream(dsl -> dsl.select(MEMBERSHIPS.ACCOUNT_ID, ACCOUNTS.PARTNER_ID, ACCOUNTS.LEGAL_NAME, ORDERS.NUMBER,
                        MEMBERSHIPS.START_DATE, MEMBERSHIPS.STATUS, MEMBERSHIPS.PACK)
                .from(MEMBERSHIPS).join(ACCOUNTS).on(ACCOUNTS.ID.eq(MEMBERSHIPS.ACCOUNT_ID))
                .join(ORDERS).on(ORDERS.ID.eq(MEMBERSHIPS.ORDER_ID))
                .where(where).orderBy(MEMBERSHIPS.ID), r -> {
                    MembershipTerm term = new MembershipTerm(r.get(MEMBERSHIPS.START_DATE));
                    String status = Lifecycle.membership(MembershipStatus.valueOf(r.get(MEMBERSHIPS.STATUS)),
                            term.paidOn(), today).name();
                    if (wanted != null && !wanted.equalsIgnoreCase(status)) {
                        return null;
                    }
                    return new MembershipRow(String.valueOf(r.get(MEMBERSHIPS.ACCOUNT_ID)), r.get(ACCOUNTS.PARTNER_ID),
                            r.get(ACCOUNTS.LEGAL_NAME), r.get(ORDERS.NUMBER), term.paidOn(), term.endDate(),
                            term.benefitsEndDate(), status, r.get(MEMBERSHIPS.PACK));
                }, sink);
    }

    /**
     * R22: ACTIVE terms whose window opens or closes in the span, by core's {@link RenewalDue}.
     * The SQL keeps only terms that can qualify (paid from {@code from - 395} through
     * {@code to - 365} days); those few are sorted by the day of their event.
     */
    @Override
    public void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) throws IOException {
        LocalDate from = filter.from() != null ? filter.from() : LocalDate.now(clock);
        LocalDate to = filter.to() != null ? filter.to() : from.plusDays(RenewalDue.DEFAULT_WITHIN_DAYS);
        List<Condition> where = new ArrayList<>();
        account(filter, MEMBERSHIPS.ACCOUNT_ID, ACCOUNTS.PARTNER_ID, where);
        where.add(MEMBERSHIPS.STATUS.eq(MembershipStatus.ACTIVE.name()));
        where.add(MEMBERSHIPS.START_DATE.between(
                from.minusDays(MembershipTerm.TERM_DAYS + MembershipTerm.RENEWAL_WINDOW_DAYS),
                to.minusDays(MembershipTerm.TERM_DAYS)));
        List<RenewalDueRow> due = new ArrayList<>();
        stream(dsl -> dsl.select(MEMBERSHIPS.ACCOUNT_ID, ACCOUNTS.PARTNER_ID, ACCOUNTS.LEGAL_NAME, MEMBERSHIPS.TERM,
                        MEMBERSHIPS.START_DATE)
                .from(MEMBERSHIPS).join(ACCOUNTS).on(ACCOUNTS.ID.eq(MEMBERSHIPS.ACCOUNT_ID))
                .where(where).orderBy(MEMBERSHIPS.ID), r -> r, r -> {
                    MembershipTerm term = new MembershipTerm(r.get(MEMBERSHIPS.START_DATE));
                    RenewalDue.between(term, from, to).ifPresent(d -> due.add(new RenewalDueRow(
                            String.valueOf(r.get(MEMBERSHIPS.ACCOUNT_ID)), r.get(ACCOUNTS.PARTNER_ID),
                            r.get(ACCOUNTS.LEGAL_NAME), Math.toIntExact(r.get(MEMBERSHIPS.TERM)), term.renewalWindowOpens(),
                            term.renewalWindowCloses(), d.event().name(), d.date(), d.daysFromStart())));
                });
        due.sort(java.util.Comparator.comparing(RenewalDueRow::eventDate)
                .thenComparing(r -> Long.parseLong(r.accountId())));
        for (RenewalDueRow row : due) {
            sink.accept(row);
        }
    }

    @Override
    public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) throws IOException {
        stream(dsl -> dsl.select(BENEFIT_CATALOG.PACK, BENEFIT_CATALOG.POSITION, BENEFIT_CATALOG.CATEGORY,
                        BENEFIT_CATALOG.NAME, BENEFIT_CATALOG.BENEFIT_TYPE, BENEFIT_CATALOG.OFFER_DETAILS,
                        BENEFIT_CATALOG.QUANTITY)
                .from(BENEFIT_CATALOG).where(BENEFIT_CATALOG.PACK.eq(pack)).orderBy(BENEFIT_CATALOG.POSITION), r -> {
                    String category = r.get(BENEFIT_CATALOG.CATEGORY);
                    String type = com.actionpack.core.benefits.BenefitType.valueOf(r.get(BENEFIT_CATALOG.BENEFIT_TYPE))
                            .sourceText();
                    long quantity = r.get(BENEFIT_CATALOG.QUANTITY);
                    return new BenefitRow(r.get(BENEFIT_CATALOG.PACK), Math.toIntExact(r.get(BENEFIT_CATALOG.POSITION)),
                            category.isEmpty() ? null : category, r.get(BENEFIT_CATALOG.NAME),
                            type.isEmpty() ? null : type, r.get(BENEFIT_CATALOG.OFFER_DETAILS),
                            // R19: the units core counts "left" in, so the report and the console agree.
                            OptionalLong.of(com.actionpack.core.benefits.CatalogBenefit.unitsFor(quantity)));
                }, sink);
    }

    @Override
    public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) throws IOException {
        List<Condition> where = new ArrayList<>();
        where.add(MEMBERSHIPS.PACK.isNotNull());
        account(filter, MEMBERSHIPS.ACCOUNT_ID, ACCOUNTS.PARTNER_ID, where);
        dates(filter, MEMBERSHIPS.PACK_CHOSEN_ON, where);
        stream(dsl -> dsl.select(MEMBERSHIPS.ACCOUNT_ID, ACCOUNTS.PARTNER_ID, ORDERS.NUMBER, MEMBERSHIPS.PACK,
                        MEMBERSHIPS.PACK_CHOSEN_ON)
                .from(MEMBERSHIPS).join(ACCOUNTS).on(ACCOUNTS.ID.eq(MEMBERSHIPS.ACCOUNT_ID))
                .join(ORDERS).on(ORDERS.ID.eq(MEMBERSHIPS.ORDER_ID))
                .where(where).orderBy(MEMBERSHIPS.ID),
                r -> new PackChoiceRow(String.valueOf(r.get(MEMBERSHIPS.ACCOUNT_ID)), r.get(ACCOUNTS.PARTNER_ID),
                        r.get(ORDERS.NUMBER), r.get(MEMBERSHIPS.PACK), r.get(MEMBERSHIPS.PACK_CHOSEN_ON),
                        // The audit trail names who chose; the membership row keeps only the day.
                        null), sink);
    }

    @Override
    public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) throws IOException {
        List<Condition> where = new ArrayList<>();
        account(filter, REDEMPTIONS.ACCOUNT_ID, ACCOUNTS.PARTNER_ID, where);
        dates(filter, REDEMPTIONS.ACTIVATED_ON, where);
        stream(dsl -> dsl.select(REDEMPTIONS.REDEEMED_AT, REDEMPTIONS.ACCOUNT_ID, ACCOUNTS.PARTNER_ID, ORDERS.NUMBER,
                        BENEFIT_CATALOG.PACK, BENEFIT_CATALOG.NAME, REDEMPTIONS.QUANTITY, USERS.EMAIL, REDEMPTIONS.TARGET)
                .from(REDEMPTIONS).join(ACCOUNTS).on(ACCOUNTS.ID.eq(REDEMPTIONS.ACCOUNT_ID))
                .join(MEMBERSHIPS).on(MEMBERSHIPS.ID.eq(REDEMPTIONS.MEMBERSHIP_ID))
                .join(ORDERS).on(ORDERS.ID.eq(MEMBERSHIPS.ORDER_ID))
                .join(BENEFIT_CATALOG).on(BENEFIT_CATALOG.ID.eq(REDEMPTIONS.BENEFIT_ID))
                .join(USERS).on(USERS.ID.eq(REDEMPTIONS.REDEEMED_BY_USER_ID))
                .where(where).orderBy(REDEMPTIONS.ID),
                r -> new RedemptionRow(Times.fromDb(r.get(REDEMPTIONS.REDEEMED_AT)),
                        String.valueOf(r.get(REDEMPTIONS.ACCOUNT_ID)), r.get(ACCOUNTS.PARTNER_ID), r.get(ORDERS.NUMBER),
                        r.get(BENEFIT_CATALOG.PACK), r.get(BENEFIT_CATALOG.NAME), r.get(REDEMPTIONS.QUANTITY),
                        r.get(USERS.EMAIL), r.get(REDEMPTIONS.TARGET)), sink);
    }

    /**
     * True when an account has this id or PartnerID (the values the account filter takes), so
     * that a filter naming no account is refused instead of giving an empty report.
     */
    public boolean accountExists(String idOrPartnerId) {
        if (idOrPartnerId == null || idOrPartnerId.isBlank()) {
            return false;
        }
        String value = idOrPartnerId.strip();
        try (Connection connection = connections.open(SqliteConnections.Mode.REPORT)) {
            Condition byPartner = ACCOUNTS.PARTNER_ID.eq(value);
            Condition match = value.matches("\\d{1,18}") ? ACCOUNTS.ID.eq(Long.parseLong(value)).or(byPartner) : byPartner;
            return SqliteTransactions.dslOn(connection).fetchExists(ACCOUNTS, match);
        } catch (java.sql.SQLException e) {
            throw connections.translate(e).<RuntimeException>map(d -> d)
                    .orElseGet(() -> new DatabaseException(DatabaseException.Kind.OTHER,
                            "Reading the accounts of " + connections.shown() + " failed: " + e.getMessage(), e));
        }
    }

    /** The account filter takes the account's id or its PartnerID, whichever the operator knows. */
    private static void account(Filter filter, Field<Long> accountId, Field<String> partnerId, List<Condition> where) {
        if (filter.accountId() == null) {
            return;
        }
        String value = filter.accountId().strip();
        Condition byPartner = partnerId.eq(value);
        where.add(value.matches("\\d{1,18}") ? accountId.eq(Long.parseLong(value)).or(byPartner) : byPartner);
    }

    private static void dates(Filter filter, Field<LocalDate> day, List<Condition> where) {
        if (filter.from() != null) {
            where.add(day.ge(filter.from()));
        }
        if (filter.to() != null) {
            where.add(day.le(filter.to()));
        }
    }

    /** Reads one row of a plain JDBC result set (null skips it). */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Like {@link #stream} for the big reports: runs the query built by jOOQ on plain JDBC and
     * reads each row by column index, so no record is built per row.
     */
    private <T> void streamRows(Function<DSLContext, ResultQuery<?>> build, RowReader<T> reader, RowSink<? super T> sink)
            throws IOException {
        streamRowsWith(build, connection -> reader, sink);
    }

    /** As {@link #streamRows}, the reader made for the report's connection (e.g. to read a row again). */
    private <T> void streamRowsWith(Function<DSLContext, ResultQuery<?>> build, Function<Connection, RowReader<T>> readers,
            RowSink<? super T> sink) throws IOException {
        try (Connection connection = connections.open(SqliteConnections.Mode.REPORT)) {
            connection.setAutoCommit(false); // one snapshot for the whole export
            RowReader<T> reader = readers.apply(connection);
            ResultQuery<?> query = build.apply(SqliteTransactions.dslOn(connection));
            try (PreparedStatement statement = connection.prepareStatement(query.getSQL(ParamType.INDEXED))) {
                List<Object> binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    Object bind = binds.get(i);
                    // Days go to SQLite as the ISO text they are stored as; PostgreSQL takes a date (#16).
                    statement.setObject(i + 1, connections.dialect() == org.jooq.SQLDialect.SQLITE ? bindable(bind) : bind);
                }
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    // Read and mapped on a second thread, handed to the sink on this one (issue 15).
                    ReadAhead.stream(rows, reader, sink);
                }
            } finally {
                if (reader instanceof AutoCloseable closeable) {
                    closeQuietly(closeable);
                }
                endSnapshot(connection);
            }
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw connections.translate(e)
                    .orElseGet(() -> new DatabaseException("Reading " + connections.shown() + " failed: " + e.getMessage(), e));
        }
    }

    /**
     * Ends the read-only snapshot. A connection that broke while rows were read (the server
     * ended it, #16) cannot roll back: that is not the fault to tell, the read's own is.
     */
    private static void endSnapshot(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The pool discards a broken connection; nothing was written on a report's connection.
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // a statement of a connection about to be closed
        }
    }

    /** Days go to SQLite as the ISO text they are stored as; numbers and text as they are. */
    private static Object bindable(Object value) {
        return value instanceof LocalDate ? value.toString() : value;
    }

    /** Maps rows to report rows (null skips one) and hands them over one at a time. */
    private <R extends Record, T> void stream(Function<DSLContext, ResultQuery<R>> query, Function<R, T> mapper,
            RowSink<? super T> sink) throws IOException {
        try (Connection connection = connections.open(SqliteConnections.Mode.REPORT)) {
            connection.setAutoCommit(false); // one snapshot for the whole export
            try (Cursor<R> cursor = query.apply(SqliteTransactions.dslOn(connection)).fetchSize(FETCH_SIZE).fetchLazy()) {
                for (R row : cursor) {
                    T mapped = mapper.apply(row);
                    if (mapped != null) {
                        sink.accept(mapped);
                    }
                }
            } finally {
                endSnapshot(connection);
            }
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw connections.translate(e)
                    .orElseGet(() -> new DatabaseException("Reading " + connections.shown() + " failed: " + e.getMessage(), e));
        }
    }

}

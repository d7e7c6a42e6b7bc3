package com.actionpack.persistence.billing;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static com.actionpack.persistence.jooq.Tables.ORDER_AGREEMENTS;

import com.actionpack.core.account.Address;
import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.billing.InvoiceRepository;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.billing.Party;
import com.actionpack.core.common.Money;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.persistence.db.ColumnValues;
import com.actionpack.persistence.db.JdbcRows;
import com.actionpack.persistence.db.Keyset;
import com.actionpack.persistence.db.PackedRow;
import com.actionpack.persistence.db.RenderedQuery;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.db.Times;
import com.actionpack.persistence.jooq.tables.records.InvoicesRecord;
import com.actionpack.persistence.ledger.Ledger;
import com.actionpack.persistence.ledger.LedgerChain;
import com.actionpack.persistence.ledger.LedgerSeal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/**
 * Invoices and credit notes in one append-only table (R9): triggers refuse updates, deletes
 * and a number that does not increase. The status is read from the order's recorded state;
 * readers give it as of their day with {@code Lifecycle.invoice} (R8a).
 */
public final class JooqInvoiceRepository implements InvoiceRepository {

    private final SqliteTransactions tx;
    /** The page queries, rendered once per shape and dialect (see {@link #pageRows}). */
    private final Map<String, RenderedQuery> pageQueries = new ConcurrentHashMap<>();

    private final LedgerSeal seal;

    /** @param seal the database's ledger seal: every invoice and credit note is appended under it (R23) */
    public JooqInvoiceRepository(SqliteTransactions tx, LedgerSeal seal) {
        this.tx = tx;
        this.seal = java.util.Objects.requireNonNull(seal, "seal");
    }

    @Override
    public Invoice insert(Invoice invoice) {
        // R23: inserted with its hash, so no row of the ledger is ever without one, nor updated (#16).
        long id = LedgerChain.append(tx.dsl(), seal, Ledger.INVOICES, toRecord(invoice));
        return invoice.withId(id);
    }

    @Override
    public Optional<InvoiceView> find(long invoiceId) {
        return select(tx.dsl(), INVOICES.ID.eq(invoiceId)).fetchOptional(JooqInvoiceRepository::toView);
    }

    @Override
    public Optional<InvoiceView> findByNumber(String number) {
        return select(tx.dsl(), INVOICES.NUMBER.eq(number)).fetchOptional(JooqInvoiceRepository::toView);
    }

    @Override
    public List<InvoiceView> listByOrder(long orderId) {
        return select(tx.dsl(), INVOICES.ORDER_ID.eq(orderId)).orderBy(INVOICES.SEQUENCE_NO)
                .fetch(JooqInvoiceRepository::toView);
    }

    @Override
    public Page<InvoiceView> page(OptionalLong accountId, PageRequest request) {
        DSLContext dsl = tx.dsl();
        Condition scope = accountId.isPresent() ? INVOICES.ACCOUNT_ID.eq(accountId.getAsLong()) : DSL.noCondition();
        return Keyset.fetched(dsl, INVOICES, INVOICES.SEQUENCE_NO, scope,
                (order, bound, limit) -> pageRows(dsl, accountId, order, bound, limit), request);
    }

    /**
     * A page's rows through its query shape (one account or all, which way, bounded or not),
     * rendered by jOOQ the first time and run as it is after that: the same query as jOOQ would
     * build each time, without building it (issue 15). On SQLite each row's columns come packed
     * in one value ({@link InvoiceColumns#PACKED}): one native call per row instead of one per
     * column, most of a page's time.
     */
    private List<InvoiceView> pageRows(DSLContext dsl, OptionalLong accountId, Keyset.Order order, OptionalLong bound,
            int limit) {
        boolean packed = dsl.dialect().family() == SQLDialect.SQLITE;
        String shape = dsl.dialect() + " " + order + (accountId.isPresent() ? " account" : "")
                + (bound.isPresent() ? " bound" : "");
        RenderedQuery query = pageQueries.computeIfAbsent(shape, s -> {
            Condition where = accountId.isPresent() ? INVOICES.ACCOUNT_ID.eq(DSL.param("account", Long.class))
                    : DSL.noCondition();
            if (bound.isPresent()) {
                Field<Long> key = DSL.param("key", Long.class);
                where = where.and(order == Keyset.Order.NEWEST_FIRST ? INVOICES.SEQUENCE_NO.lt(key)
                        : INVOICES.SEQUENCE_NO.gt(key));
            }
            List<Field<?>> selected = packed ? List.of(InvoiceColumns.PACKED.packed()) : InvoiceColumns.COLUMNS;
            return RenderedQuery.of(select(dsl, selected, where).orderBy(order == Keyset.Order.NEWEST_FIRST
                    ? INVOICES.SEQUENCE_NO.desc() : INVOICES.SEQUENCE_NO.asc()).limit(DSL.param("limit", Integer.class)));
        });
        Map<String, Object> values = new HashMap<>(4);
        accountId.ifPresent(id -> values.put("account", id));
        bound.ifPresent(key -> values.put("key", key));
        values.put("limit", limit);
        if (!packed) {
            return JdbcRows.list(dsl, query, values,
                    result -> InvoiceColumns.view(new ColumnValues(result, dsl.dialect())));
        }
        PackedRow row = InvoiceColumns.PACKED.row();
        return JdbcRows.list(dsl, query, values,
                result -> row.read(result.getBytes(1)) ? InvoiceColumns.view(row) : pageRowById(dsl, row.key()));
    }

    /**
     * The rare row a packed value cannot carry (a unit separator inside a text, a number that is
     * not a plain integer), read column by column in the same transaction; tests compare with it.
     */
    static InvoiceView pageRowById(DSLContext dsl, long invoiceId) {
        return JdbcRows.list(dsl, select(dsl, InvoiceColumns.COLUMNS, INVOICES.ID.eq(invoiceId)),
                result -> InvoiceColumns.view(new ColumnValues(result, dsl.dialect()))).get(0);
    }

    private static SelectConditionStep<Record> select(DSLContext dsl, Condition condition) {
        return dsl.select(INVOICES.fields()).select(ORDERS.STATUS, ORDERS.PLACED_ON).select(ORDER_AGREEMENTS.fields())
                .select(ORDERS.PAID_ON)
                .from(INVOICES).join(ORDERS).on(ORDERS.ID.eq(INVOICES.ORDER_ID))
                .leftJoin(ORDER_AGREEMENTS).on(ORDER_AGREEMENTS.ORDER_ID.eq(INVOICES.ORDER_ID))
                .where(condition);
    }

    /** A page's query: {@code selected} from the same join as {@link #select(DSLContext, Condition)}. */
    static SelectConditionStep<Record> select(DSLContext dsl, List<Field<?>> selected, Condition condition) {
        return dsl.select(selected).from(INVOICES).join(ORDERS).on(ORDERS.ID.eq(INVOICES.ORDER_ID))
                .leftJoin(ORDER_AGREEMENTS).on(ORDER_AGREEMENTS.ORDER_ID.eq(INVOICES.ORDER_ID))
                .where(condition);
    }

    static InvoiceView toView(Record row) {
        Invoice invoice = toInvoice(row.into(INVOICES));
        return new InvoiceView(invoice, InvoiceStatus.of(invoice.kind(), OrderStatus.valueOf(row.get(ORDERS.STATUS))),
                row.get(ORDERS.PLACED_ON), row.get(ORDER_AGREEMENTS.VERSION) == null ? null
                        : new Agreement.AcceptedAgreement(row.get(ORDER_AGREEMENTS.VERSION),
                                row.get(ORDER_AGREEMENTS.TEXT_SHA256), row.get(ORDER_AGREEMENTS.ACCEPTED_BY_USER_ID),
                                Times.fromDb(row.get(ORDER_AGREEMENTS.ACCEPTED_AT))), row.get(ORDERS.PAID_ON));
    }

    public static InvoicesRecord toRecord(Invoice i) {
        InvoicesRecord r = new InvoicesRecord();
        r.setSequenceNo(i.sequence());
        r.setNumber(i.number());
        r.setKind(i.kind().name());
        r.setOrderId(i.orderId());
        r.setOrderNumber(i.orderNumber());
        r.setAccountId(i.accountId());
        r.setPartnerId(i.partnerId());
        r.setIssuedOn(i.issuedOn());
        r.setSoldToName(i.soldTo().legalName());
        r.setSoldToStreet(i.soldTo().address().street());
        r.setSoldToCity(i.soldTo().address().city());
        r.setSoldToPostalCode(i.soldTo().address().postalCode());
        r.setSoldToCountry(i.soldTo().address().country());
        r.setBillToName(i.billTo().legalName());
        r.setBillToStreet(i.billTo().address().street());
        r.setBillToCity(i.billTo().address().city());
        r.setBillToPostalCode(i.billTo().address().postalCode());
        r.setBillToCountry(i.billTo().address().country());
        r.setLineDescription(i.lineDescription());
        r.setQuantity((long) i.quantity());
        r.setCurrency(i.total().currency());
        r.setUnitPriceMinor(i.unitPrice().minor());
        r.setTaxBasisPoints((long) i.taxBasisPoints());
        r.setTaxMinor(i.tax().minor());
        r.setTotalMinor(i.total().minor());
        r.setPaymentMethod(i.paymentMethod().name());
        r.setPaymentTerms(i.paymentTerms());
        r.setPaymentInstructions(i.paymentInstructions());
        r.setCreditsInvoiceNumber(i.creditsInvoiceNumber().isEmpty() ? null : i.creditsInvoiceNumber());
        return r;
    }

    public static Invoice toInvoice(InvoicesRecord r) {
        String currency = r.getCurrency();
        Party soldTo = new Party(r.getSoldToName(),
                new Address(r.getSoldToStreet(), r.getSoldToCity(), r.getSoldToPostalCode(), r.getSoldToCountry()));
        Party billTo = new Party(r.getBillToName(),
                new Address(r.getBillToStreet(), r.getBillToCity(), r.getBillToPostalCode(), r.getBillToCountry()));
        return new Invoice(r.getId(), r.getSequenceNo(), r.getNumber(), DocumentKind.valueOf(r.getKind()), r.getOrderId(),
                r.getOrderNumber(), r.getAccountId(), r.getPartnerId(), r.getIssuedOn(), soldTo, billTo,
                r.getLineDescription(), Math.toIntExact(r.getQuantity()), Money.of(r.getUnitPriceMinor(), currency),
                Math.toIntExact(r.getTaxBasisPoints()), Money.of(r.getTaxMinor(), currency),
                Money.of(r.getTotalMinor(), currency), PaymentMethod.valueOf(r.getPaymentMethod()), r.getPaymentTerms(),
                r.getPaymentInstructions(), r.getCreditsInvoiceNumber());
    }
}

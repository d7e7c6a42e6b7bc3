package com.actionpack.persistence.ordering;

import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static com.actionpack.persistence.jooq.Tables.ORDER_AGREEMENTS;

import com.actionpack.core.common.Money;
import com.actionpack.core.ordering.LiveOrderConflictException;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.ordering.WireProof;
import com.actionpack.persistence.db.SqliteFaults;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.db.Times;
import com.actionpack.persistence.jooq.tables.records.OrdersRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteErrorCode;

/**
 * Orders. R5 is guarded by the partial unique index orders_one_live_per_term: whatever the
 * code above does, a second live order for the same account and term fails here and is
 * reported as {@link LiveOrderConflictException}.
 */
public final class JooqOrderRepository implements OrderRepository {

    private final SqliteTransactions tx;

    public JooqOrderRepository(SqliteTransactions tx) {
        this.tx = tx;
    }

    /** {@code AP-00000042}: the order number is the id, so it is given right after the insert. */
    public static String numberFor(long id) {
        return String.format("AP-%08d", id);
    }

    @Override
    public Order insert(Order order) {
        OrdersRecord r = toRecord(order);
        r.setNumber("pending-" + UUID.randomUUID());
        try {
            long id = tx.dsl().insertInto(ORDERS).set(r).returning(ORDERS.ID).fetchOne().getId();
            String number = numberFor(id);
            tx.dsl().update(ORDERS).set(ORDERS.NUMBER, number).where(ORDERS.ID.eq(id)).execute();
            return order.withId(id, number);
        } catch (DataAccessException e) {
            throw liveOrderConflict(order, e);
        }
    }

    @Override
    public void update(Order order) {
        try {
            tx.dsl().update(ORDERS)
                    .set(ORDERS.STATUS, order.status().name())
                    .set(ORDERS.PAID_ON, order.paidOn())
                    .set(ORDERS.CLOSED_ON, order.closedOn())
                    .set(ORDERS.PROOF_PAYMENT_DATE, order.proof().map(WireProof::paymentDate).orElse(null))
                    .set(ORDERS.PROOF_PAYING_ACCOUNT, order.proof().map(WireProof::payingAccount).orElse(null))
                    .set(ORDERS.PROOF_TRANSACTION_REF, order.proof().map(WireProof::transactionReference).orElse(null))
                    .set(ORDERS.PROOF_DOCUMENT_REF, order.proof().map(WireProof::documentRef).orElse(null))
                    .where(ORDERS.ID.eq(order.id())).execute();
        } catch (DataAccessException e) {
            throw liveOrderConflict(order, e);
        }
    }

    private static RuntimeException liveOrderConflict(Order order, DataAccessException e) {
        boolean unique = SqliteFaults.codeOf(e).filter(c -> c == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE).isPresent();
        String message = String.valueOf(e.getMessage());
        if (unique && message.contains("orders.account_id") && message.contains("orders.term")) {
            return new LiveOrderConflictException("account " + order.accountId() + " already has a live order for term "
                    + order.term(), e);
        }
        return e;
    }

    @Override
    public Optional<Order> find(long orderId) {
        return tx.dsl().selectFrom(ORDERS).where(ORDERS.ID.eq(orderId)).fetchOptional(JooqOrderRepository::toOrder);
    }

    @Override
    public List<Order> listByAccount(long accountId) {
        return tx.dsl().selectFrom(ORDERS).where(ORDERS.ACCOUNT_ID.eq(accountId)).orderBy(ORDERS.ID.desc())
                .fetch(JooqOrderRepository::toOrder);
    }

    @Override
    public List<Order> listAwaitingPayment() {
        return tx.dsl().selectFrom(ORDERS).where(ORDERS.STATUS.eq(OrderStatus.AWAITING_PAYMENT.name()))
                .orderBy(ORDERS.ID).fetch(JooqOrderRepository::toOrder);
    }

    @Override
    public void recordAgreement(long orderId, Agreement.AcceptedAgreement agreement) {
        tx.dsl().insertInto(ORDER_AGREEMENTS).set(ORDER_AGREEMENTS.ORDER_ID, orderId)
                .set(ORDER_AGREEMENTS.VERSION, agreement.version()).set(ORDER_AGREEMENTS.TEXT_SHA256, agreement.sha256())
                .set(ORDER_AGREEMENTS.ACCEPTED_BY_USER_ID, agreement.acceptedByUserId())
                .set(ORDER_AGREEMENTS.ACCEPTED_AT, Times.toDb(agreement.acceptedAt())).execute();
    }

    @Override
    public Optional<Agreement.AcceptedAgreement> agreementOf(long orderId) {
        return tx.dsl().selectFrom(ORDER_AGREEMENTS).where(ORDER_AGREEMENTS.ORDER_ID.eq(orderId))
                .fetchOptional(r -> new Agreement.AcceptedAgreement(r.getVersion(), r.getTextSha256(),
                        r.getAcceptedByUserId(), Times.fromDb(r.getAcceptedAt())));
    }

    public static OrdersRecord toRecord(Order o) {
        OrdersRecord r = new OrdersRecord();
        r.setNumber(o.number());
        r.setAccountId(o.accountId());
        r.setTerm((long) o.term());
        r.setKind(o.kind().name());
        r.setRenewsMembershipId(o.renewsMembershipId() == 0 ? null : o.renewsMembershipId());
        r.setPlacedAt(Times.toDb(o.placedAt()));
        r.setPlacedOn(o.placedOn());
        r.setPlacedByUserId(o.placedByUserId());
        r.setPaymentMethod(o.paymentMethod().name());
        r.setStatus(o.status().name());
        r.setCurrency(o.total().currency());
        r.setNetMinor(o.net().minor());
        r.setTaxBasisPoints((long) o.taxBasisPoints());
        r.setTaxMinor(o.tax().minor());
        r.setTotalMinor(o.total().minor());
        r.setCardBrand(o.cardBrand());
        r.setCardLast4(o.cardLast4());
        o.proof().ifPresent(p -> {
            r.setProofPaymentDate(p.paymentDate());
            r.setProofPayingAccount(p.payingAccount());
            r.setProofTransactionRef(p.transactionReference());
            r.setProofDocumentRef(p.documentRef());
        });
        r.setPaidOn(o.paidOn());
        r.setClosedOn(o.closedOn());
        return r;
    }

    public static Order toOrder(OrdersRecord r) {
        String currency = r.getCurrency();
        WireProof proof = r.getProofPaymentDate() == null ? null : new WireProof(r.getProofPaymentDate(),
                r.getProofPayingAccount(), r.getProofTransactionRef(), r.getProofDocumentRef());
        return new Order(r.getId(), r.getNumber(),
                new Order.Placement(r.getAccountId(), Math.toIntExact(r.getTerm()), OrderKind.valueOf(r.getKind()),
                        r.getRenewsMembershipId() == null ? 0 : r.getRenewsMembershipId(), Times.fromDb(r.getPlacedAt()),
                        r.getPlacedOn(), r.getPlacedByUserId()),
                new Order.Charge(Money.of(r.getNetMinor(), currency), Math.toIntExact(r.getTaxBasisPoints()),
                        Money.of(r.getTaxMinor(), currency), Money.of(r.getTotalMinor(), currency)),
                new Order.Payment(PaymentMethod.valueOf(r.getPaymentMethod()), r.getCardBrand(), r.getCardLast4()),
                new Order.Progress(OrderStatus.valueOf(r.getStatus()), proof, r.getPaidOn(), r.getClosedOn()));
    }
}

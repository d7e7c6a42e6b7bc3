package com.actionpack.core.ordering;

import java.util.List;
import java.util.Optional;

/** Out-port: orders. An account has a handful of orders (about one a year), so lists are whole. */
public interface OrderRepository {

    /**
     * Stores a new order, assigns its id and order number, and returns it. Throws
     * {@link LiveOrderConflictException} when the account already has a live order for the
     * same term: the database's own guard of R5 against racing writers.
     */
    Order insert(Order order);

    /** Saves status, payment day, proof and closing day of an existing order. */
    void update(Order order);

    Optional<Order> find(long orderId);

    /** The account's orders, newest first. */
    List<Order> listByAccount(long accountId);

    /** Every order awaiting payment, across accounts (operator's queue and expiry sweep). */
    List<Order> listAwaitingPayment();

    /** Records the agreement an order was placed under, once, in the order's transaction (R7a). */
    void recordAgreement(long orderId, Agreement.AcceptedAgreement agreement);

    /** The agreement the order was placed under; every stored order has one (R7a). */
    Optional<Agreement.AcceptedAgreement> agreementOf(long orderId);
}

package com.actionpack.reports.spi;

import java.util.List;

/**
 * Every status value the rows of {@link ReportData} can carry, as constants, so a report can
 * offer them in {@link ReportType#statusChoices()} and compare without typing strings. The
 * values are upper-case ASCII; the status filter matches them case-insensitively.
 *
 * @since 1.1
 */
public final class Statuses {

    private Statuses() {
    }

    /**
     * {@link ReportData.InvoiceRow#status()} (rules R9 and R9a): read from the document's order
     * on the app's business day, so an unpaid wire order past its 30 days shows {@link #VOID}.
     *
     * @since 1.1
     */
    public static final class Invoice {

        /** The order is paid. */
        public static final String PAID = "PAID";
        /** A wire transfer order waiting for its funds (at most 30 days, R8a). */
        public static final String AWAITING_PAYMENT = "AWAITING_PAYMENT";
        /** The order was refunded; every credit note has this status too. */
        public static final String REFUNDED = "REFUNDED";
        /** The unpaid order was cancelled or expired: nothing is owed and nothing is refunded (R9a). */
        public static final String VOID = "VOID";

        /** All of them, in this order: offer it as your {@code statusChoices()}. */
        public static final List<String> ALL = List.of(PAID, AWAITING_PAYMENT, REFUNDED, VOID);

        private Invoice() {
        }
    }

    /**
     * {@link ReportData.MembershipRow#status()} (rules R11, R12, R15).
     *
     * @since 1.1
     */
    public static final class Membership {

        /** The current term. */
        public static final String ACTIVE = "ACTIVE";
        /** Superseded by the next term, bought in the renewal window. */
        public static final String RENEWED = "RENEWED";
        /** Lapsed after its benefits end date without a renewal. */
        public static final String EXPIRED = "EXPIRED";
        /** Refunded within 30 days of purchase; its benefits were revoked. */
        public static final String CANCELLED = "CANCELLED";

        /** All of them, in this order: offer it as your {@code statusChoices()}. */
        public static final List<String> ALL = List.of(ACTIVE, RENEWED, EXPIRED, CANCELLED);

        private Membership() {
        }
    }

    /**
     * {@link ReportData.InvoiceDocument#paymentMethod()} and
     * {@link ReportData.InvoiceRow#paymentMethod()}.
     *
     * @since 1.1
     */
    public static final class PaymentMethod {

        /** Paid by credit card at checkout. */
        public static final String CREDIT_CARD = "CREDIT_CARD";
        /** Paid by bank wire transfer; the invoice carries the payment instructions. */
        public static final String WIRE_TRANSFER = "WIRE_TRANSFER";

        /** All of them. */
        public static final List<String> ALL = List.of(CREDIT_CARD, WIRE_TRANSFER);

        private PaymentMethod() {
        }
    }
}

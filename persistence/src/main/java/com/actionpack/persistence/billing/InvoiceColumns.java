package com.actionpack.persistence.billing;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.ORDER_AGREEMENTS;

import com.actionpack.core.account.Address;
import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.billing.Party;
import com.actionpack.core.common.Money;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.persistence.db.JdbcRows;
import com.actionpack.persistence.db.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jooq.Field;

/**
 * Reads an invoice view from a JDBC row of {@code INVOICES.fields()}, {@code ORDERS.STATUS},
 * {@code ORDERS.PLACED_ON}, {@code ORDER_AGREEMENTS.fields()} and {@code ORDERS.PAID_ON} (the select of
 * {@link JooqInvoiceRepository}), by column index: the
 * same values as {@link JooqInvoiceRepository#toView}, without a jOOQ record per row. The
 * indexes come from the generated table, so a new column cannot shift them silently.
 */
final class InvoiceColumns {

    private static final List<Field<?>> FIELDS = Arrays.asList(INVOICES.fields());
    private static final int ID = index(INVOICES.ID);
    private static final int SEQUENCE_NO = index(INVOICES.SEQUENCE_NO);
    private static final int NUMBER = index(INVOICES.NUMBER);
    private static final int KIND = index(INVOICES.KIND);
    private static final int ORDER_ID = index(INVOICES.ORDER_ID);
    private static final int ORDER_NUMBER = index(INVOICES.ORDER_NUMBER);
    private static final int ACCOUNT_ID = index(INVOICES.ACCOUNT_ID);
    private static final int PARTNER_ID = index(INVOICES.PARTNER_ID);
    private static final int ISSUED_ON = index(INVOICES.ISSUED_ON);
    private static final int SOLD_TO_NAME = index(INVOICES.SOLD_TO_NAME);
    private static final int SOLD_TO_STREET = index(INVOICES.SOLD_TO_STREET);
    private static final int SOLD_TO_CITY = index(INVOICES.SOLD_TO_CITY);
    private static final int SOLD_TO_POSTAL_CODE = index(INVOICES.SOLD_TO_POSTAL_CODE);
    private static final int SOLD_TO_COUNTRY = index(INVOICES.SOLD_TO_COUNTRY);
    private static final int BILL_TO_NAME = index(INVOICES.BILL_TO_NAME);
    private static final int BILL_TO_STREET = index(INVOICES.BILL_TO_STREET);
    private static final int BILL_TO_CITY = index(INVOICES.BILL_TO_CITY);
    private static final int BILL_TO_POSTAL_CODE = index(INVOICES.BILL_TO_POSTAL_CODE);
    private static final int BILL_TO_COUNTRY = index(INVOICES.BILL_TO_COUNTRY);
    private static final int LINE_DESCRIPTION = index(INVOICES.LINE_DESCRIPTION);
    private static final int QUANTITY = index(INVOICES.QUANTITY);
    private static final int CURRENCY = index(INVOICES.CURRENCY);
    private static final int UNIT_PRICE_MINOR = index(INVOICES.UNIT_PRICE_MINOR);
    private static final int TAX_BASIS_POINTS = index(INVOICES.TAX_BASIS_POINTS);
    private static final int TAX_MINOR = index(INVOICES.TAX_MINOR);
    private static final int TOTAL_MINOR = index(INVOICES.TOTAL_MINOR);
    private static final int PAYMENT_METHOD = index(INVOICES.PAYMENT_METHOD);
    private static final int PAYMENT_TERMS = index(INVOICES.PAYMENT_TERMS);
    private static final int PAYMENT_INSTRUCTIONS = index(INVOICES.PAYMENT_INSTRUCTIONS);
    private static final int CREDITS_INVOICE_NUMBER = index(INVOICES.CREDITS_INVOICE_NUMBER);
    /** ORDERS.STATUS and ORDERS.PLACED_ON come right after the invoice's own columns... */
    private static final int ORDER_STATUS = FIELDS.size() + 1;
    private static final int ORDER_PLACED_ON = FIELDS.size() + 2;
    /** ...then the order's agreement (left joined: all NULL when there is none). */
    private static final List<Field<?>> AGREEMENT = Arrays.asList(ORDER_AGREEMENTS.fields());
    private static final int AGREEMENT_VERSION = agreement(ORDER_AGREEMENTS.VERSION);
    private static final int AGREEMENT_TEXT_SHA256 = agreement(ORDER_AGREEMENTS.TEXT_SHA256);
    private static final int AGREEMENT_ACCEPTED_BY = agreement(ORDER_AGREEMENTS.ACCEPTED_BY_USER_ID);
    private static final int AGREEMENT_ACCEPTED_AT = agreement(ORDER_AGREEMENTS.ACCEPTED_AT);
    /** ...then ORDERS.PAID_ON, last. */
    private static final int ORDER_PAID_ON = ORDER_PLACED_ON + AGREEMENT.size() + 1;

    private InvoiceColumns() {
    }

    private static int index(Field<?> field) {
        int index = FIELDS.indexOf(field);
        if (index < 0) {
            throw new AssertionError(field + " is not a column of " + INVOICES);
        }
        return index + 1; // JDBC counts from 1
    }

    private static int agreement(Field<?> field) {
        int index = AGREEMENT.indexOf(field);
        if (index < 0) {
            throw new AssertionError(field + " is not a column of " + ORDER_AGREEMENTS);
        }
        return ORDER_PLACED_ON + 1 + index;
    }

    static InvoiceView view(ResultSet row) throws SQLException {
        Invoice invoice = invoice(row);
        String version = row.getString(AGREEMENT_VERSION);
        // Read as jOOQ's binding reads a TIMESTAMP from sqlite-jdbc (InvoicePagesTest compares).
        java.sql.Timestamp acceptedAt = version == null ? null : row.getTimestamp(AGREEMENT_ACCEPTED_AT);
        return new InvoiceView(invoice, InvoiceStatus.of(invoice.kind(), OrderStatus.valueOf(row.getString(ORDER_STATUS))),
                JdbcRows.day(row.getString(ORDER_PLACED_ON)), version == null ? null
                        : new Agreement.AcceptedAgreement(version, row.getString(AGREEMENT_TEXT_SHA256),
                                row.getLong(AGREEMENT_ACCEPTED_BY),
                                Times.fromDb(acceptedAt == null ? null : acceptedAt.toLocalDateTime())),
                JdbcRows.day(row.getString(ORDER_PAID_ON)));
    }

    static Invoice invoice(ResultSet r) throws SQLException {
        String currency = r.getString(CURRENCY);
        Party soldTo = new Party(r.getString(SOLD_TO_NAME), new Address(r.getString(SOLD_TO_STREET),
                r.getString(SOLD_TO_CITY), r.getString(SOLD_TO_POSTAL_CODE), r.getString(SOLD_TO_COUNTRY)));
        Party billTo = new Party(r.getString(BILL_TO_NAME), new Address(r.getString(BILL_TO_STREET),
                r.getString(BILL_TO_CITY), r.getString(BILL_TO_POSTAL_CODE), r.getString(BILL_TO_COUNTRY)));
        return new Invoice(r.getLong(ID), r.getLong(SEQUENCE_NO), r.getString(NUMBER),
                DocumentKind.valueOf(r.getString(KIND)), r.getLong(ORDER_ID), r.getString(ORDER_NUMBER),
                r.getLong(ACCOUNT_ID), r.getString(PARTNER_ID), JdbcRows.day(r.getString(ISSUED_ON)), soldTo, billTo,
                r.getString(LINE_DESCRIPTION), Math.toIntExact(r.getLong(QUANTITY)),
                Money.of(r.getLong(UNIT_PRICE_MINOR), currency), Math.toIntExact(r.getLong(TAX_BASIS_POINTS)),
                Money.of(r.getLong(TAX_MINOR), currency), Money.of(r.getLong(TOTAL_MINOR), currency),
                PaymentMethod.valueOf(r.getString(PAYMENT_METHOD)), r.getString(PAYMENT_TERMS),
                r.getString(PAYMENT_INSTRUCTIONS), r.getString(CREDITS_INVOICE_NUMBER));
    }
}

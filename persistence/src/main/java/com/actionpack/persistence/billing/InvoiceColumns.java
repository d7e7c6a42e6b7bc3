package com.actionpack.persistence.billing;

import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static com.actionpack.persistence.jooq.Tables.ORDER_AGREEMENTS;

import com.actionpack.core.account.Address;
import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.billing.Party;
import com.actionpack.core.common.Money;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.persistence.db.JdbcRows;
import com.actionpack.persistence.db.PackedColumns;
import com.actionpack.persistence.db.RowValues;
import com.actionpack.persistence.db.Times;
import java.sql.SQLException;
import java.util.List;
import org.jooq.Field;

/**
 * The columns an invoice page selects, and the invoice view read from them by position: the
 * same values as {@link JooqInvoiceRepository#toView} reads through jOOQ's records, without a
 * record per row (issue 15). Only the columns the view holds are selected (not the ledger's
 * row hash nor the agreement's order id). The positions come from the list, so adding a column
 * cannot shift them silently.
 *
 * <p>PostgreSQL reads them column by column; SQLite selects them packed into one value per row
 * ({@link #PACKED}), with the invoice's id first so that a row the packed value cannot carry is
 * read again by it.
 */
final class InvoiceColumns {

    /** The invoice's own columns, its order's status and days, then the order's agreement (left joined). */
    static final List<Field<?>> COLUMNS = List.of(INVOICES.ID, INVOICES.SEQUENCE_NO, INVOICES.NUMBER, INVOICES.KIND,
            INVOICES.ORDER_ID, INVOICES.ORDER_NUMBER, INVOICES.ACCOUNT_ID, INVOICES.PARTNER_ID, INVOICES.ISSUED_ON,
            INVOICES.SOLD_TO_NAME, INVOICES.SOLD_TO_STREET, INVOICES.SOLD_TO_CITY, INVOICES.SOLD_TO_POSTAL_CODE,
            INVOICES.SOLD_TO_COUNTRY, INVOICES.BILL_TO_NAME, INVOICES.BILL_TO_STREET, INVOICES.BILL_TO_CITY,
            INVOICES.BILL_TO_POSTAL_CODE, INVOICES.BILL_TO_COUNTRY, INVOICES.LINE_DESCRIPTION, INVOICES.QUANTITY,
            INVOICES.CURRENCY, INVOICES.UNIT_PRICE_MINOR, INVOICES.TAX_BASIS_POINTS, INVOICES.TAX_MINOR,
            INVOICES.TOTAL_MINOR, INVOICES.PAYMENT_METHOD, INVOICES.PAYMENT_TERMS, INVOICES.PAYMENT_INSTRUCTIONS,
            INVOICES.CREDITS_INVOICE_NUMBER, ORDERS.STATUS, ORDERS.PLACED_ON, ORDERS.PAID_ON,
            ORDER_AGREEMENTS.VERSION, ORDER_AGREEMENTS.TEXT_SHA256, ORDER_AGREEMENTS.ACCEPTED_BY_USER_ID,
            ORDER_AGREEMENTS.ACCEPTED_AT);

    /** The same columns packed for SQLite; NULL only where the schema or the left join allows it. */
    static final PackedColumns PACKED = PackedColumns.of(COLUMNS, List.of(INVOICES.CREDITS_INVOICE_NUMBER,
            ORDERS.PAID_ON, ORDER_AGREEMENTS.VERSION, ORDER_AGREEMENTS.TEXT_SHA256,
            ORDER_AGREEMENTS.ACCEPTED_BY_USER_ID, ORDER_AGREEMENTS.ACCEPTED_AT));

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
    private static final int ORDER_STATUS = index(ORDERS.STATUS);
    private static final int ORDER_PLACED_ON = index(ORDERS.PLACED_ON);
    private static final int ORDER_PAID_ON = index(ORDERS.PAID_ON);
    private static final int AGREEMENT_VERSION = index(ORDER_AGREEMENTS.VERSION);
    private static final int AGREEMENT_TEXT_SHA256 = index(ORDER_AGREEMENTS.TEXT_SHA256);
    private static final int AGREEMENT_ACCEPTED_BY = index(ORDER_AGREEMENTS.ACCEPTED_BY_USER_ID);
    private static final int AGREEMENT_ACCEPTED_AT = index(ORDER_AGREEMENTS.ACCEPTED_AT);

    private InvoiceColumns() {
    }

    private static int index(Field<?> field) {
        int index = COLUMNS.indexOf(field);
        if (index < 0) {
            throw new AssertionError(field + " is not a column of an invoice page");
        }
        return index + 1; // JDBC counts from 1
    }

    static InvoiceView view(RowValues row) throws SQLException {
        Invoice invoice = invoice(row);
        String version = row.text(AGREEMENT_VERSION);
        return new InvoiceView(invoice, InvoiceStatus.of(invoice.kind(), OrderStatus.valueOf(row.text(ORDER_STATUS))),
                JdbcRows.day(row.text(ORDER_PLACED_ON)), version == null ? null
                        : new Agreement.AcceptedAgreement(version, row.text(AGREEMENT_TEXT_SHA256),
                                row.integer(AGREEMENT_ACCEPTED_BY),
                                Times.fromDb(row.timestamp(AGREEMENT_ACCEPTED_AT))),
                JdbcRows.day(row.text(ORDER_PAID_ON)));
    }

    private static Invoice invoice(RowValues r) throws SQLException {
        String currency = r.text(CURRENCY);
        Party soldTo = new Party(r.text(SOLD_TO_NAME), new Address(r.text(SOLD_TO_STREET),
                r.text(SOLD_TO_CITY), r.text(SOLD_TO_POSTAL_CODE), r.text(SOLD_TO_COUNTRY)));
        Party billTo = new Party(r.text(BILL_TO_NAME), new Address(r.text(BILL_TO_STREET),
                r.text(BILL_TO_CITY), r.text(BILL_TO_POSTAL_CODE), r.text(BILL_TO_COUNTRY)));
        return new Invoice(r.integer(ID), r.integer(SEQUENCE_NO), r.text(NUMBER),
                DocumentKind.valueOf(r.text(KIND)), r.integer(ORDER_ID), r.text(ORDER_NUMBER),
                r.integer(ACCOUNT_ID), r.text(PARTNER_ID), JdbcRows.day(r.text(ISSUED_ON)), soldTo, billTo,
                r.text(LINE_DESCRIPTION), Math.toIntExact(r.integer(QUANTITY)),
                Money.of(r.integer(UNIT_PRICE_MINOR), currency), Math.toIntExact(r.integer(TAX_BASIS_POINTS)),
                Money.of(r.integer(TAX_MINOR), currency), Money.of(r.integer(TOTAL_MINOR), currency),
                PaymentMethod.valueOf(r.text(PAYMENT_METHOD)), r.text(PAYMENT_TERMS),
                r.text(PAYMENT_INSTRUCTIONS), r.text(CREDITS_INVOICE_NUMBER));
    }
}

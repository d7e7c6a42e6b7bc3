package com.actionpack.persistence.demo;

import static com.actionpack.persistence.jooq.Tables.ACCOUNTS;
import static com.actionpack.persistence.jooq.Tables.DOCUMENT_SEQUENCE;
import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.MEMBERSHIPS;
import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static com.actionpack.persistence.jooq.Tables.USERS;
import static com.actionpack.persistence.jooq.Tables.USER_ROLES;

import com.actionpack.core.account.PartnerAccount;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.ledger.Ledger;
import com.actionpack.persistence.ledger.LedgerChain;
import com.actionpack.persistence.ordering.JooqOrderRepository;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes accounts and invoices at scale for benchmarks and report tests: direct jOOQ batches
 * (one prepared statement per table, many rows per write transaction), not the use cases.
 * Each account gets a Global admin and an equal share of the invoices, each invoice its own
 * paid order and membership term (older terms RENEWED, the newest ACTIVE). Names include
 * commas, quotes, newlines, other scripts and leading =, +, -, @.
 */
public final class BulkGenerator {

    /** What was written and how long it took. */
    public record Result(long accounts, long invoices, Duration took) {
    }

    private static final int ACCOUNTS_PER_TRANSACTION = 2_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 4);

    private final Database db;
    private final Consumer<String> progress;

    /** @param progress receives a line now and then (every few seconds at most) */
    public BulkGenerator(Database db, Consumer<String> progress) {
        this.db = db;
        this.progress = progress;
    }

    public Result generate(long accounts, long invoices) {
        if (accounts < 1 || invoices < 0) {
            throw new IllegalArgumentException("--accounts must be at least 1 and --invoices at least 0");
        }
        long start = System.nanoTime();
        long lastReport = start;
        long writtenAccounts = 0;
        long writtenInvoices = 0;
        SqliteTransactions tx = db.transactions();
        while (writtenAccounts < accounts) {
            long first = writtenAccounts;
            long count = Math.min(ACCOUNTS_PER_TRANSACTION, accounts - writtenAccounts);
            writtenInvoices += tx.write(() -> chunk(tx.dsl(), first, count, accounts, invoices));
            writtenAccounts += count;
            long now = System.nanoTime();
            if (now - lastReport > 3_000_000_000L || writtenAccounts == accounts) {
                progress.accept(String.format("%,d of %,d accounts, %,d of %,d invoices, %.1f s", writtenAccounts, accounts,
                        writtenInvoices, invoices, (now - start) / 1e9));
                lastReport = now;
            }
        }
        return new Result(writtenAccounts, writtenInvoices, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Invoices of the i-th generated account: an equal share, the remainder to the first ones. */
    static long invoicesOf(long i, long accounts, long invoices) {
        return invoices / accounts + (i < invoices % accounts ? 1 : 0);
    }

    private long chunk(DSLContext dsl, long first, long count, long accounts, long invoices) {
        long accountId = next(dsl, ACCOUNTS, ACCOUNTS.ID);
        long userId = next(dsl, USERS, USERS.ID);
        long orderId = next(dsl, ORDERS, ORDERS.ID);
        long invoiceId = next(dsl, INVOICES, INVOICES.ID);
        long membershipId = next(dsl, MEMBERSHIPS, MEMBERSHIPS.ID);
        long sequence = dsl.select(DOCUMENT_SEQUENCE.LAST_VALUE).from(DOCUMENT_SEQUENCE).fetchOne().value1();
        String run = Long.toString(accountId, 36);

        BatchBindStep accountRows = batch(dsl, ACCOUNTS, ACCOUNTS.ID, ACCOUNTS.PARTNER_ID, ACCOUNTS.LEGAL_NAME, ACCOUNTS.STREET,
                ACCOUNTS.CITY, ACCOUNTS.POSTAL_CODE, ACCOUNTS.COUNTRY, ACCOUNTS.CONTACT_NAME, ACCOUNTS.CONTACT_EMAIL,
                ACCOUNTS.CONTACT_PHONE, ACCOUNTS.VERIFICATION, ACCOUNTS.VERIFICATION_NOTE, ACCOUNTS.ENROLLED_ON);
        BatchBindStep userRows = batch(dsl, USERS, USERS.ID, USERS.ACCOUNT_ID, USERS.EMAIL, USERS.DISPLAY_NAME);
        BatchBindStep roleRows = batch(dsl, USER_ROLES, USER_ROLES.USER_ID, USER_ROLES.ROLE);
        BatchBindStep orderRows = batch(dsl, ORDERS, ORDERS.ID, ORDERS.NUMBER, ORDERS.ACCOUNT_ID, ORDERS.TERM, ORDERS.KIND,
                ORDERS.PLACED_AT, ORDERS.PLACED_ON, ORDERS.PLACED_BY_USER_ID, ORDERS.PAYMENT_METHOD, ORDERS.STATUS,
                ORDERS.CURRENCY, ORDERS.NET_MINOR, ORDERS.TAX_BASIS_POINTS, ORDERS.TAX_MINOR, ORDERS.TOTAL_MINOR,
                ORDERS.CARD_BRAND, ORDERS.CARD_LAST4, ORDERS.PAID_ON);
        BatchBindStep membershipRows = batch(dsl, MEMBERSHIPS, MEMBERSHIPS.ID, MEMBERSHIPS.ACCOUNT_ID, MEMBERSHIPS.ORDER_ID,
                MEMBERSHIPS.TERM, MEMBERSHIPS.START_DATE, MEMBERSHIPS.STATUS, MEMBERSHIPS.BENEFITS_AVAILABLE_AT,
                MEMBERSHIPS.CLOSED_ON);
        BatchBindStep invoiceRows = batch(dsl, INVOICES, INVOICES.ID, INVOICES.SEQUENCE_NO, INVOICES.NUMBER, INVOICES.KIND,
                INVOICES.ORDER_ID, INVOICES.ORDER_NUMBER, INVOICES.ACCOUNT_ID, INVOICES.PARTNER_ID, INVOICES.ISSUED_ON,
                INVOICES.SOLD_TO_NAME, INVOICES.SOLD_TO_STREET, INVOICES.SOLD_TO_CITY, INVOICES.SOLD_TO_POSTAL_CODE,
                INVOICES.SOLD_TO_COUNTRY, INVOICES.BILL_TO_NAME, INVOICES.BILL_TO_STREET, INVOICES.BILL_TO_CITY,
                INVOICES.BILL_TO_POSTAL_CODE, INVOICES.BILL_TO_COUNTRY, INVOICES.LINE_DESCRIPTION, INVOICES.QUANTITY,
                INVOICES.CURRENCY, INVOICES.UNIT_PRICE_MINOR, INVOICES.TAX_BASIS_POINTS, INVOICES.TAX_MINOR,
                INVOICES.TOTAL_MINOR, INVOICES.PAYMENT_METHOD, INVOICES.PAYMENT_TERMS);

        long written = 0;
        for (long k = 0; k < count; k++) {
            long i = first + k;
            long aId = accountId + k;
            long uId = userId + k;
            String partnerId = PartnerAccount.partnerIdFor(aId);
            String name = AwkwardNames.name(i);
            String country = i % 10 == 3 ? "IN" : i % 4 == 1 ? "DE" : "US";
            String currency = country.equals("IN") ? "INR" : country.equals("DE") ? "EUR" : "USD";
            long net = country.equals("IN") ? 3_900_000 : country.equals("DE") ? 45_000 : 47_500;
            int taxBp = country.equals("IN") ? 1_800 : country.equals("DE") ? 1_900 : 0;
            long tax = (net * taxBp + 5_000) / 10_000;
            String street = (i % 7) + " Rue \"Gare\", Bât. B";
            accountRows.bind(aId, partnerId, name, street, "Springfield", "1000" + (i % 10), country, "Contact " + i,
                    "contact" + i + "-" + run + "@bulk.example", "+1 555 0100", "VERIFIED", "", FIRST_DAY);
            userRows.bind(uId, aId, "admin" + i + "-" + run + "@bulk.example", "Admin " + i);
            roleRows.bind(uId, "GLOBAL_ADMIN");
            long n = invoicesOf(i, accounts, invoices);
            for (long term = 1; term <= n; term++) {
                LocalDate day = FIRST_DAY.plusDays((i * 7 + term * 366) % 3_650);
                String orderNumber = JooqOrderRepository.numberFor(orderId);
                String method = country.equals("IN") ? "WIRE_TRANSFER" : "CREDIT_CARD";
                orderRows.bind(orderId, orderNumber, aId, term, term == 1 ? "NEW" : "RENEWAL", day.atTime(10, 0), day, uId,
                        method, "PAID", currency, net, taxBp, tax, net + tax, method.equals("CREDIT_CARD") ? "Visa" : null,
                        method.equals("CREDIT_CARD") ? "1111" : null, day);
                membershipRows.bind(membershipId++, aId, orderId, term, day, term == n ? "ACTIVE" : "RENEWED",
                        day.plusDays(1).atTime(10, 0), term == n ? null : day.plusDays(365));
                sequence++;
                invoiceRows.bind(invoiceId++, sequence, "INV-" + String.format("%08d", sequence), "INVOICE", orderId,
                        orderNumber, aId, partnerId, day, name, street, "Springfield", "1000" + (i % 10), country, name,
                        street, "Springfield", "1000" + (i % 10), country,
                        "Microsoft Action Pack subscription (12 months)" + (term > 1 ? ", term " + term : ""), 1, currency,
                        net, taxBp, tax, net + tax, method, "Paid on " + day);
                orderId++;
                written++;
            }
        }
        accountRows.execute();
        userRows.execute();
        roleRows.execute();
        if (written > 0) {
            orderRows.execute();
            membershipRows.execute();
            invoiceRows.execute();
            LedgerChain.sealFrom(dsl, Ledger.INVOICES, invoiceId - written);
        }
        dsl.update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, sequence).execute();
        return written;
    }

    private static long next(DSLContext dsl, Table<?> table, Field<Long> id) {
        Long max = dsl.select(DSL.max(id)).from(table).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    /** One prepared INSERT for the table, bound once per row. */
    private static BatchBindStep batch(DSLContext dsl, Table<?> table, Field<?>... fields) {
        return dsl.batch(dsl.insertInto(table, List.of(fields)).values(Collections.nCopies(fields.length, null)));
    }

}

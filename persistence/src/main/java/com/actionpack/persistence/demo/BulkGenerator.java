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
import org.jooq.SQLDialect;
import org.jooq.TableField;
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
    /** Invoices (each with its order and membership term) written per transaction. */
    private static final int INVOICES_PER_TRANSACTION = 20_000;
    /** Rows bound before a batch is sent: what bounds the memory, whatever the totals. */
    private static final int ROWS_PER_BATCH = 1_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 4);

    private final Database db;
    private final Consumer<String> progress;

    /** @param progress receives a line now and then (every few seconds at most) */
    public BulkGenerator(Database db, Consumer<String> progress) {
        this.db = db;
        this.progress = progress;
    }

    /**
     * Writes in transactions of at most {@value #ACCOUNTS_PER_TRANSACTION} accounts or
     * {@value #INVOICES_PER_TRANSACTION} invoices, sent in batches of {@value #ROWS_PER_BATCH}
     * rows: memory stays flat at any size (an account with a million invoices included).
     */
    public Result generate(long accounts, long invoices) {
        if (accounts < 1 || invoices < 0) {
            throw new IllegalArgumentException("--accounts must be at least 1 and --invoices at least 0");
        }
        long start = System.nanoTime();
        long lastReport = start;
        Cursor cursor = new Cursor(accounts, invoices);
        SqliteTransactions tx = db.transactions();
        while (!cursor.done()) {
            tx.write(() -> {
                transaction(tx.dsl(), cursor);
                return null;
            });
            long now = System.nanoTime();
            if (now - lastReport > 3_000_000_000L || cursor.done()) {
                progress.accept(String.format("%,d of %,d accounts, %,d of %,d invoices, %.1f s", cursor.accountsDone,
                        accounts, cursor.invoicesDone, invoices, (now - start) / 1e9));
                lastReport = now;
            }
        }
        return new Result(cursor.accountsDone, cursor.invoicesDone, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Invoices of the i-th generated account: an equal share, the remainder to the first ones. */
    static long invoicesOf(long i, long accounts, long invoices) {
        return invoices / accounts + (i < invoices % accounts ? 1 : 0);
    }

    /** Where the generation stands between transactions: an account may span several. */
    private static final class Cursor {
        final long accounts;
        final long invoices;
        long account;          // index of the account being written
        long term = 1;         // next term of that account
        long accountId;        // its row id, once its account row is written
        long userId;
        long accountsDone;
        long invoicesDone;

        Cursor(long accounts, long invoices) {
            this.accounts = accounts;
            this.invoices = invoices;
        }

        boolean done() {
            return account >= accounts;
        }
    }

    private void transaction(DSLContext dsl, Cursor c) {
        long nextAccountId = next(dsl, ACCOUNTS, ACCOUNTS.ID);
        long nextUserId = next(dsl, USERS, USERS.ID);
        long orderId = next(dsl, ORDERS, ORDERS.ID);
        long invoiceId = next(dsl, INVOICES, INVOICES.ID);
        long firstInvoiceId = invoiceId;
        long membershipId = next(dsl, MEMBERSHIPS, MEMBERSHIPS.ID);
        long sequence = dsl.select(DOCUMENT_SEQUENCE.LAST_VALUE).from(DOCUMENT_SEQUENCE).fetchOne().value1();
        String run = Long.toString(nextAccountId, 36);
        Batches batches = new Batches(dsl);
        int accountsHere = 0;
        int invoicesHere = 0;
        while (!c.done() && accountsHere < ACCOUNTS_PER_TRANSACTION && invoicesHere < INVOICES_PER_TRANSACTION) {
            long i = c.account;
            String name = AwkwardNames.name(i);
            String country = i % 10 == 3 ? "IN" : i % 4 == 1 ? "DE" : "US";
            String street = (i % 7) + " Rue \"Gare\", Bât. B";
            if (c.term == 1) {
                c.accountId = nextAccountId++;
                c.userId = nextUserId++;
                batches.accounts.bind(c.accountId, PartnerAccount.partnerIdFor(c.accountId), name, street, "Springfield",
                        "1000" + (i % 10), country, "Contact " + i, "contact" + i + "-" + run + "@bulk.example",
                        "+1 555 0100", "VERIFIED", "", FIRST_DAY);
                batches.users.bind(c.userId, c.accountId, "admin" + i + "-" + run + "@bulk.example", "Admin " + i);
                batches.roles.bind(c.userId, "GLOBAL_ADMIN");
                batches.added();
                accountsHere++;
            }
            String partnerId = PartnerAccount.partnerIdFor(c.accountId);
            String currency = country.equals("IN") ? "INR" : country.equals("DE") ? "EUR" : "USD";
            long net = country.equals("IN") ? 3_900_000 : country.equals("DE") ? 45_000 : 47_500;
            int taxBp = country.equals("IN") ? 1_800 : country.equals("DE") ? 1_900 : 0;
            long tax = (net * taxBp + 5_000) / 10_000;
            long n = invoicesOf(i, c.accounts, c.invoices);
            while (c.term <= n && invoicesHere < INVOICES_PER_TRANSACTION) {
                long term = c.term;
                LocalDate day = FIRST_DAY.plusDays((i * 7 + term * 366) % 3_650);
                String orderNumber = JooqOrderRepository.numberFor(orderId);
                String method = country.equals("IN") ? "WIRE_TRANSFER" : "CREDIT_CARD";
                batches.orders.bind(orderId, orderNumber, c.accountId, term, term == 1 ? "NEW" : "RENEWAL",
                        day.atTime(10, 0), day, c.userId, method, "PAID", currency, net, taxBp, tax, net + tax,
                        method.equals("CREDIT_CARD") ? "Visa" : null, method.equals("CREDIT_CARD") ? "1111" : null, day);
                batches.memberships.bind(membershipId++, c.accountId, orderId, term, day, term == n ? "ACTIVE" : "RENEWED",
                        day.plusDays(1).atTime(10, 0), term == n ? null : day.plusDays(365));
                sequence++;
                batches.invoices.bind(invoiceId++, sequence, "INV-" + String.format("%08d", sequence), "INVOICE", orderId,
                        orderNumber, c.accountId, partnerId, day, name, street, "Springfield", "1000" + (i % 10), country,
                        name, street, "Springfield", "1000" + (i % 10), country,
                        "Microsoft Action Pack subscription (12 months)" + (term > 1 ? ", term " + term : ""), 1, currency,
                        net, taxBp, tax, net + tax, method, "Paid on " + day);
                batches.added();
                orderId++;
                c.term++;
                c.invoicesDone++;
                invoicesHere++;
            }
            if (c.term > n) {
                c.account++;
                c.term = 1;
                c.accountsDone++;
            }
        }
        batches.send();
        if (invoicesHere > 0) {
            // R23: this transaction's invoices join the hash chain, as the use cases' do.
            LedgerChain.sealFrom(dsl, Ledger.INVOICES, firstInvoiceId, db.ledgerSeal());
        }
        dsl.update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, sequence).execute();
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            // Rows written with their own ids leave PostgreSQL's identity sequences behind (#16):
            // move each on to its table's largest id, or the app's next insert takes a used id.
            for (TableField<?, Long> id : List.<TableField<?, Long>>of(ACCOUNTS.ID, USERS.ID, ORDERS.ID, MEMBERSHIPS.ID,
                    INVOICES.ID)) {
                Table<?> table = id.getTable();
                dsl.select(DSL.function("setval", Long.class,
                        DSL.function("pg_get_serial_sequence", String.class, DSL.inline(table.getName()),
                                DSL.inline(id.getName())),
                        DSL.field(DSL.select(DSL.max(id)).from(table)))).fetch();
            }
        }
    }

    /** One prepared INSERT per table, sent (in the order the foreign keys need) every so many rows. */
    private static final class Batches {
        private final DSLContext dsl;
        private int bound;
        BatchBindStep accounts;
        BatchBindStep users;
        BatchBindStep roles;
        BatchBindStep orders;
        BatchBindStep memberships;
        BatchBindStep invoices;

        Batches(DSLContext dsl) {
            this.dsl = dsl;
            open();
        }

        private void open() {
            accounts = batch(dsl, ACCOUNTS, ACCOUNTS.ID, ACCOUNTS.PARTNER_ID, ACCOUNTS.LEGAL_NAME, ACCOUNTS.STREET,
                    ACCOUNTS.CITY, ACCOUNTS.POSTAL_CODE, ACCOUNTS.COUNTRY, ACCOUNTS.CONTACT_NAME, ACCOUNTS.CONTACT_EMAIL,
                    ACCOUNTS.CONTACT_PHONE, ACCOUNTS.VERIFICATION, ACCOUNTS.VERIFICATION_NOTE, ACCOUNTS.ENROLLED_ON);
            users = batch(dsl, USERS, USERS.ID, USERS.ACCOUNT_ID, USERS.EMAIL, USERS.DISPLAY_NAME);
            roles = batch(dsl, USER_ROLES, USER_ROLES.USER_ID, USER_ROLES.ROLE);
            orders = batch(dsl, ORDERS, ORDERS.ID, ORDERS.NUMBER, ORDERS.ACCOUNT_ID, ORDERS.TERM, ORDERS.KIND,
                    ORDERS.PLACED_AT, ORDERS.PLACED_ON, ORDERS.PLACED_BY_USER_ID, ORDERS.PAYMENT_METHOD, ORDERS.STATUS,
                    ORDERS.CURRENCY, ORDERS.NET_MINOR, ORDERS.TAX_BASIS_POINTS, ORDERS.TAX_MINOR, ORDERS.TOTAL_MINOR,
                    ORDERS.CARD_BRAND, ORDERS.CARD_LAST4, ORDERS.PAID_ON);
            memberships = batch(dsl, MEMBERSHIPS, MEMBERSHIPS.ID, MEMBERSHIPS.ACCOUNT_ID, MEMBERSHIPS.ORDER_ID,
                    MEMBERSHIPS.TERM, MEMBERSHIPS.START_DATE, MEMBERSHIPS.STATUS, MEMBERSHIPS.BENEFITS_AVAILABLE_AT,
                    MEMBERSHIPS.CLOSED_ON);
            invoices = batch(dsl, INVOICES, INVOICES.ID, INVOICES.SEQUENCE_NO, INVOICES.NUMBER, INVOICES.KIND,
                    INVOICES.ORDER_ID, INVOICES.ORDER_NUMBER, INVOICES.ACCOUNT_ID, INVOICES.PARTNER_ID, INVOICES.ISSUED_ON,
                    INVOICES.SOLD_TO_NAME, INVOICES.SOLD_TO_STREET, INVOICES.SOLD_TO_CITY, INVOICES.SOLD_TO_POSTAL_CODE,
                    INVOICES.SOLD_TO_COUNTRY, INVOICES.BILL_TO_NAME, INVOICES.BILL_TO_STREET, INVOICES.BILL_TO_CITY,
                    INVOICES.BILL_TO_POSTAL_CODE, INVOICES.BILL_TO_COUNTRY, INVOICES.LINE_DESCRIPTION, INVOICES.QUANTITY,
                    INVOICES.CURRENCY, INVOICES.UNIT_PRICE_MINOR, INVOICES.TAX_BASIS_POINTS, INVOICES.TAX_MINOR,
                    INVOICES.TOTAL_MINOR, INVOICES.PAYMENT_METHOD, INVOICES.PAYMENT_TERMS);
            bound = 0;
        }

        void added() {
            if (++bound >= ROWS_PER_BATCH) {
                send();
                open();
            }
        }

        void send() {
            for (BatchBindStep step : List.of(accounts, users, roles, orders, memberships, invoices)) {
                if (step.size() > 0) {
                    step.execute();
                }
            }
        }
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

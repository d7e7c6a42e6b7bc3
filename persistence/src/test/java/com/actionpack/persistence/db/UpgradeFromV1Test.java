package com.actionpack.persistence.db;

import static com.actionpack.persistence.jooq.Tables.ACCOUNTS;
import static com.actionpack.persistence.jooq.Tables.AUDIT_LOG;
import static com.actionpack.persistence.jooq.Tables.BENEFIT_CATALOG;
import static com.actionpack.persistence.jooq.Tables.DOCUMENT_SEQUENCE;
import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.MEMBERSHIPS;
import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static com.actionpack.persistence.jooq.Tables.USERS;
import static com.actionpack.persistence.jooq.Tables.USER_ROLES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.core.Ports;
import com.actionpack.core.account.Role;
import com.actionpack.core.benefits.SourceCatalog;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.testing.TestClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database created by the first migration, with data, migrates to the newest version intact. */
class UpgradeFromV1Test {

    @TempDir
    Path dir;

    @Test
    @DisplayName("R9 R18 R21: data written at V1 survives the upgrade to the newest schema")
    void v1DataSurvives() throws Exception {
        Path file = dir.resolve("v1.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(DatabaseOptions.APP_MIGRATIONS)
                .loggers("slf4j").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            DSLContext dsl = DSL.using(c);
            assertEquals(0, dsl.fetchCount(BENEFIT_CATALOG), "V1 has no catalog rows yet");
            dsl.insertInto(ACCOUNTS).set(ACCOUNTS.ID, 1L).set(ACCOUNTS.PARTNER_ID, "4000001")
                    .set(ACCOUNTS.LEGAL_NAME, "Contoso, \"Ltd\"").set(ACCOUNTS.STREET, "1 Main").set(ACCOUNTS.CITY, "Springfield")
                    .set(ACCOUNTS.COUNTRY, "US").set(ACCOUNTS.CONTACT_NAME, "Pat").set(ACCOUNTS.CONTACT_EMAIL, "pat@contoso.example")
                    .set(ACCOUNTS.VERIFICATION, "VERIFIED").set(ACCOUNTS.ENROLLED_ON, LocalDate.of(2025, 1, 2)).execute();
            dsl.insertInto(USERS).set(USERS.ID, 1L).set(USERS.ACCOUNT_ID, 1L).set(USERS.EMAIL, "ada@contoso.example")
                    .set(USERS.DISPLAY_NAME, "Ada").execute();
            dsl.insertInto(USER_ROLES).set(USER_ROLES.USER_ID, 1L).set(USER_ROLES.ROLE, "GLOBAL_ADMIN").execute();
            dsl.insertInto(ORDERS).set(ORDERS.ID, 1L).set(ORDERS.NUMBER, "AP-00000001").set(ORDERS.ACCOUNT_ID, 1L)
                    .set(ORDERS.TERM, 1L).set(ORDERS.KIND, "NEW").set(ORDERS.PLACED_AT, LocalDateTime.of(2025, 2, 1, 10, 0))
                    .set(ORDERS.PLACED_ON, LocalDate.of(2025, 2, 1)).set(ORDERS.PLACED_BY_USER_ID, 1L)
                    .set(ORDERS.PAYMENT_METHOD, "CREDIT_CARD").set(ORDERS.STATUS, "PAID").set(ORDERS.CURRENCY, "USD")
                    .set(ORDERS.NET_MINOR, 47_500L).set(ORDERS.TAX_BASIS_POINTS, 0L).set(ORDERS.TAX_MINOR, 0L)
                    .set(ORDERS.TOTAL_MINOR, 47_500L).set(ORDERS.CARD_BRAND, "Visa").set(ORDERS.CARD_LAST4, "1111")
                    .set(ORDERS.PAID_ON, LocalDate.of(2025, 2, 1)).execute();
            dsl.insertInto(MEMBERSHIPS).set(MEMBERSHIPS.ID, 1L).set(MEMBERSHIPS.ACCOUNT_ID, 1L).set(MEMBERSHIPS.ORDER_ID, 1L)
                    .set(MEMBERSHIPS.TERM, 1L).set(MEMBERSHIPS.START_DATE, LocalDate.of(2025, 2, 1))
                    .set(MEMBERSHIPS.STATUS, "ACTIVE").set(MEMBERSHIPS.BENEFITS_AVAILABLE_AT, LocalDateTime.of(2025, 2, 2, 10, 0))
                    .execute();
            dsl.update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, 1L).execute();
            dsl.insertInto(INVOICES).set(INVOICES.SEQUENCE_NO, 1L).set(INVOICES.NUMBER, "INV-00000001")
                    .set(INVOICES.KIND, "INVOICE").set(INVOICES.ORDER_ID, 1L).set(INVOICES.ORDER_NUMBER, "AP-00000001")
                    .set(INVOICES.ACCOUNT_ID, 1L).set(INVOICES.PARTNER_ID, "4000001").set(INVOICES.ISSUED_ON, LocalDate.of(2025, 2, 1))
                    .set(INVOICES.SOLD_TO_NAME, "Contoso, \"Ltd\"").set(INVOICES.SOLD_TO_STREET, "1 Main")
                    .set(INVOICES.SOLD_TO_CITY, "Springfield").set(INVOICES.SOLD_TO_POSTAL_CODE, "")
                    .set(INVOICES.SOLD_TO_COUNTRY, "US").set(INVOICES.BILL_TO_NAME, "Contoso, \"Ltd\"")
                    .set(INVOICES.BILL_TO_STREET, "1 Main").set(INVOICES.BILL_TO_CITY, "Springfield")
                    .set(INVOICES.BILL_TO_POSTAL_CODE, "").set(INVOICES.BILL_TO_COUNTRY, "US")
                    .set(INVOICES.LINE_DESCRIPTION, "Microsoft Action Pack subscription (12 months)").set(INVOICES.QUANTITY, 1L)
                    .set(INVOICES.CURRENCY, "USD").set(INVOICES.UNIT_PRICE_MINOR, 47_500L).set(INVOICES.TAX_BASIS_POINTS, 0L)
                    .set(INVOICES.TAX_MINOR, 0L).set(INVOICES.TOTAL_MINOR, 47_500L).set(INVOICES.PAYMENT_METHOD, "CREDIT_CARD")
                    .set(INVOICES.PAYMENT_TERMS, "Paid by credit card").execute();
            dsl.insertInto(AUDIT_LOG).set(AUDIT_LOG.AT, LocalDateTime.of(2025, 2, 1, 10, 0)).set(AUDIT_LOG.ACCOUNT_ID, 1L)
                    .set(AUDIT_LOG.ACTOR, "ada@contoso.example").set(AUDIT_LOG.CHANNEL, "console")
                    .set(AUDIT_LOG.ACTION, "order.placed").set(AUDIT_LOG.SUBJECT, "order AP-00000001").execute();
        }

        Database db = Database.open(file, new TestClock(LocalDate.of(2026, 3, 1)));
        Ports p = db.ports();
        // R23: migration V5 sealed the rows written before hashes existed: the chains are intact.
        assertEquals("ok: 1 invoices and credit notes, 0 redemptions, 1 audit entries", db.ledgers().verify().summary());

        p.transactions().read(() -> {
            assertEquals("Contoso, \"Ltd\"", p.accounts().find(1).orElseThrow().profile().legalName());
            assertEquals(Set.of(Role.GLOBAL_ADMIN), p.users().find(1).orElseThrow().roles());
            assertEquals(OrderStatus.PAID, p.orders().find(1).orElseThrow().status());
            assertEquals(MembershipStatus.ACTIVE, p.memberships().findByOrder(1).orElseThrow().status());
            assertEquals(InvoiceStatus.PAID, p.invoices().findByNumber("INV-00000001").orElseThrow().status());
            assertEquals(1, p.audit().page(com.actionpack.core.audit.AuditFilter.account(1),
                    com.actionpack.core.common.PageRequest.first(10)).rows().size());
            assertEquals(SourceCatalog.all().size(), p.catalog().list(com.actionpack.core.benefits.BenefitPack.MAPS).size()
                    + p.catalog().list(com.actionpack.core.benefits.BenefitPack.LAPS).size());
            return null;
        });
        // The sequence carries on from the V1 data: the next document is number 2.
        assertEquals(2L, (long) p.transactions().write(() -> p.documentNumbers().next()));
    }
}

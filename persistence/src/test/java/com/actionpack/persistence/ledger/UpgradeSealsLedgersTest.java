package com.actionpack.persistence.ledger;

import static com.actionpack.persistence.jooq.Tables.ACCOUNTS;
import static com.actionpack.persistence.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.audit.AuditEntry;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseOptions;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.db.migration.V5__Seal_ledgers;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;
import com.actionpack.persistence.testing.PostgresServer;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * R23: a database made before the ledger key (schema V16, its chains sealed by V5 and the app's
 * appends) is upgraded by V17 and sealed when the app first opens it: no ledger row is updated,
 * the old rows are covered by their heads' seals, new rows carry their own, and a rewrite of an
 * old row with recomputed hashes is found.
 */
@OnBothBackends
class UpgradeSealsLedgersTest {

    @Parameter
    Backend backend;

    /** A database at V16 holding three audit entries written at V1 (sealed into the chain by V5). */
    private DatabaseTarget v16WithAuditEntries() throws Exception {
        DatabaseTarget target = backend.isPostgres() ? PostgresServer.freshDatabase("v16") : backend.freshTarget("v16");
        for (String version : new String[] {"1", "16"}) {
            var flyway = backend.isPostgres()
                    ? Flyway.configure().dataSource(((DatabaseTarget.PostgresServer) target).jdbcUrl(), null,
                            ((DatabaseTarget.PostgresServer) target).password().orElse(null))
                            .locations("classpath:db/postgresql", "classpath:db/migration/common")
                    : Flyway.configure().dataSource("jdbc:sqlite:" + ((DatabaseTarget.SqliteFile) target).file(), null, null)
                            .locations(DatabaseOptions.APP_MIGRATIONS);
            flyway.javaMigrations(new V5__Seal_ledgers()).outOfOrder(true).loggers("slf4j").target(version).load().migrate();
            if (version.equals("1")) {
                try (Connection c = backend.connect(target)) {
                    DSLContext dsl = DSL.using(c, backend.isPostgres() ? SQLDialect.POSTGRES : SQLDialect.SQLITE);
                    dsl.insertInto(ACCOUNTS).set(ACCOUNTS.ID, 1L).set(ACCOUNTS.PARTNER_ID, "4000001")
                            .set(ACCOUNTS.LEGAL_NAME, "Contoso").set(ACCOUNTS.STREET, "1 Main").set(ACCOUNTS.CITY, "Springfield")
                            .set(ACCOUNTS.COUNTRY, "US").set(ACCOUNTS.CONTACT_NAME, "Pat")
                            .set(ACCOUNTS.CONTACT_EMAIL, "pat@contoso.example").set(ACCOUNTS.VERIFICATION, "VERIFIED")
                            .set(ACCOUNTS.ENROLLED_ON, LocalDate.of(2025, 1, 2)).execute();
                    for (int i = 1; i <= 3; i++) {
                        dsl.insertInto(AUDIT_LOG).set(AUDIT_LOG.AT, LocalDateTime.of(2025, 2, i, 10, 0))
                                .set(AUDIT_LOG.ACCOUNT_ID, 1L).set(AUDIT_LOG.ACTOR, "ada@contoso.example")
                                .set(AUDIT_LOG.CHANNEL, "console").set(AUDIT_LOG.ACTION, "role.granted")
                                .set(AUDIT_LOG.SUBJECT, "user " + i).execute();
                    }
                }
            }
        }
        return target;
    }

    @Test
    @DisplayName("R23: a V16 database is sealed on first open and verifies; new rows are sealed; a rewritten old row is found")
    void upgradeSealsWhatIsThere() throws Exception {
        DatabaseTarget target = v16WithAuditEntries();
        try {
            Database db = backend.open(target, Clock.systemUTC());
            LedgerVerification v = db.ledgers().verify();
            assertEquals("ok: 0 invoices and credit notes, 0 redemptions, 3 audit entries", v.summary());
            try (SqlAttacker sql = new SqlAttacker(backend.connect(target))) {
                assertEquals("3", sql.text("SELECT count(*) FROM audit_log WHERE row_seal IS NULL"), "no old row was updated");
                assertEquals("0", sql.text("SELECT count(*) FROM ledger_heads WHERE seal IS NULL"), "every head is sealed");
                assertEquals(LedgerKeyFile.ofSystem().read().orElseThrow().id(), sql.text("SELECT key_id FROM ledger_seal"));
            }
            db.transactions().write(() -> db.ports().audit().append(new AuditEntry(0, Instant.parse("2026-11-30T12:00:00Z"),
                    1, "ada@contoso.example", "console", "role.granted", "user 4", "", "")));
            assertEquals("ok: 0 invoices and credit notes, 0 redemptions, 4 audit entries", db.ledgers().verify().summary());

            try (SqlAttacker sql = new SqlAttacker(backend.connect(target))) {
                assertEquals("1", sql.text("SELECT count(*) FROM audit_log WHERE row_seal IS NOT NULL"));
                sql.withTriggersOff("audit_log", "UPDATE audit_log SET subject = 'user 9' WHERE id = 2");
                assertTrue(sql.recompute(Ledger.AUDIT_LOG) >= 2);
            }
            LedgerVerification broken = db.ledgers().verify();
            assertFalse(broken.intact());
            assertTrue(broken.summary().contains("row 4 (role.granted) does not match its seal: it, or one of the 3 rows"
                    + " before it (written before the ledger key)"), broken.summary());
        } finally {
            if (backend.isPostgres()) {
                backend.close(); // its pools first, then this database, made outside the backend
                PostgresServer.drop((DatabaseTarget.PostgresServer) target);
            }
        }
    }
}

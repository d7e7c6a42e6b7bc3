package com.actionpack.persistence.db;

import static com.actionpack.persistence.jooq.Tables.AUDIT_LOG;
import static com.actionpack.persistence.jooq.Tables.INVOICES;
import static com.actionpack.persistence.jooq.Tables.REDEMPTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.audit.AuditFilter;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.testing.InMemoryStore;
import com.actionpack.persistence.testing.DbWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

@OnBothBackends
class AppendOnlyAndPagingTest {

    @Parameter
    Backend backend;

    @Test
    @DisplayName("R9 R21 R19: invoices, audit rows and redemptions cannot be updated or deleted, even by hand")
    void appendOnly() {
        DbWorld world = backend.world("a", LocalDate.of(2026, 3, 1));
        Actor admin = world.readyAccount("Contoso", "US");
        world.buyByCard(admin);
        SqliteTransactions tx = world.db.transactions();
        List<Runnable> tampering = List.of(
                () -> tx.dsl().update(INVOICES).set(INVOICES.TOTAL_MINOR, 1L).execute(),
                () -> tx.dsl().deleteFrom(INVOICES).execute(),
                () -> tx.dsl().update(AUDIT_LOG).set(AUDIT_LOG.ACTOR, "someone else").execute(),
                () -> tx.dsl().deleteFrom(AUDIT_LOG).execute(),
                () -> tx.dsl().deleteFrom(REDEMPTIONS).where(REDEMPTIONS.ID.gt(-1L)).execute());
        for (Runnable attempt : tampering.subList(0, 4)) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> tx.writeVoid(attempt));
            assertTrue(e.getMessage().contains("never"), e.getMessage());
        }
        assertEquals(1, tx.read(() -> tx.dsl().fetchCount(INVOICES)));
        assertTrue(tx.read(() -> tx.dsl().fetchCount(AUDIT_LOG)) > 3);
    }

    @Test
    @DisplayName("R21: audit keyset pages match core's in-memory reference for every kind of request")
    void auditPagesMatchReference() {
        DbWorld world = backend.world("p", LocalDate.of(2026, 3, 1));
        InMemoryStore reference = new InMemoryStore();
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        for (int i = 0; i < 137; i++) {
            AuditEntry e = new AuditEntry(0, at.plusSeconds(i), i % 3, "user" + i + "@x.example", "console",
                    i % 5 == 0 ? "order.placed" : "role.granted", "subject " + i, "", "");
            AuditEntry stored = world.db.transactions().write(() -> world.ports.audit().append(e));
            reference.write(() -> reference.audit.append(e));
            assertEquals(stored.id(), i + 1L);
        }
        List<AuditFilter> filters = List.of(new AuditFilter(OptionalLong.empty(), ""), AuditFilter.account(1),
                new AuditFilter(OptionalLong.empty(), "ORDER.placed"), AuditFilter.account(2).containing("user1"),
                AuditFilter.account(9));
        List<PageRequest> requests = new ArrayList<>(List.of(PageRequest.first(10), PageRequest.last(10),
                PageRequest.first(1000), PageRequest.last(1)));
        for (long key : new long[] {1, 2, 50, 136, 137, 138}) {
            requests.add(PageRequest.after(key, 7));
            requests.add(PageRequest.before(key, 7));
        }
        for (AuditFilter filter : filters) {
            for (PageRequest request : requests) {
                Page<AuditEntry> expected = reference.read(() -> reference.audit.page(filter, request));
                Page<AuditEntry> actual = world.db.transactions().read(() -> world.ports.audit().page(filter, request));
                assertEquals(expected, actual, filter + " " + request);
            }
        }
    }
}

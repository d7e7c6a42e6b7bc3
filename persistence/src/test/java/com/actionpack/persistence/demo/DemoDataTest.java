package com.actionpack.persistence.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.CoreServices;
import com.actionpack.core.Ports;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.billing.Invoice;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.testing.TestClock;
import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

@OnBothBackends
class DemoDataTest {

    @Parameter
    Backend backend;

    @Test
    @DisplayName("R2 R3 R4 R9 R17 R19: the demo account is verified, enrolled, has every role, a paid order, a pack and a redemption")
    void demoAccount() {
        Database db = backend.fresh("demo", new TestClock(LocalDate.of(2026, 3, 1)));
        DemoData.DemoAccount demo = new DemoData(db).create();
        Ports p = db.ports();
        CoreServices core = new CoreServices(p);
        User admin = p.transactions().read(() -> p.users().findByEmail(DemoData.DEMO_ADMIN)).orElseThrow();
        Actor actor = Actor.console(admin.id());

        var account = core.accountQueries().account(actor);
        assertTrue(account.isVerified() && account.isEnrolled());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        core.accountQueries().users(actor).forEach(u -> roles.addAll(u.roles()));
        assertEquals(EnumSet.of(Role.GLOBAL_ADMIN, Role.ACCOUNT_ADMIN, Role.MPN_PARTNER_ADMIN, Role.BILLING_ADMIN, Role.READER), roles);
        User operator = p.transactions().read(() -> p.users().findByEmail(DemoData.OPERATOR)).orElseThrow();
        assertTrue(operator.has(Role.OPERATOR));

        InvoiceView invoice = core.billing().invoices(actor, PageRequest.first(5)).rows().get(0);
        assertEquals(InvoiceStatus.PAID, invoice.status());
        assertEquals(demo.invoiceNumber(), invoice.invoice().number());
        var overview = core.benefits().overview(actor);
        assertEquals(BenefitPack.MAPS, overview.pack().orElseThrow());
        assertEquals(1, overview.redemptions().size());

        DatabaseException again = assertThrows(DatabaseException.class, () -> new DemoData(db).create());
        assertTrue(again.getMessage().contains("already exists"));
    }

    @Test
    @DisplayName("Bulk data: awkward names round-trip, invoices page by keyset, reports stream in key order")
    void bulk() throws Exception {
        Database db = backend.fresh("bulk", new TestClock(LocalDate.of(2026, 3, 1)));
        List<String> lines = new ArrayList<>();
        BulkGenerator.Result result = new BulkGenerator(db, lines::add).generate(37, 401);
        assertEquals(37, result.accounts());
        assertEquals(401, result.invoices());
        assertFalse(lines.isEmpty());
        // A second run adds to the first without clashing ids, emails or numbers.
        new BulkGenerator(db, lines::add).generate(3, 3);

        Ports p = db.ports();
        Set<String> names = new HashSet<>();
        for (long id = 1; id <= 40; id++) {
            long accountId = id;
            names.add(p.transactions().read(() -> p.accounts().find(accountId)).orElseThrow().profile().legalName());
        }
        assertTrue(names.stream().anyMatch(n -> n.contains("\n")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("=")));
        assertTrue(names.stream().anyMatch(n -> n.startsWith("@")));
        assertTrue(names.stream().anyMatch(n -> n.contains("株式会社")));

        List<Long> keys = new ArrayList<>();
        Page<InvoiceView> page = p.transactions().read(() -> p.invoices().page(OptionalLong.empty(), PageRequest.first(50)));
        while (true) {
            page.rows().forEach(v -> keys.add(v.invoice().sequence()));
            if (!page.hasNext()) {
                break;
            }
            long last = page.rows().get(page.rows().size() - 1).invoice().sequence();
            page = p.transactions().read(() -> p.invoices().page(OptionalLong.empty(), PageRequest.after(last, 50)));
        }
        assertEquals(404, keys.size());
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i) < keys.get(i - 1));
        }
        Page<InvoiceView> lastPage = p.transactions().read(() -> p.invoices().page(OptionalLong.empty(), PageRequest.last(50)));
        assertEquals(1L, lastPage.rows().get(49).invoice().sequence());
        Page<InvoiceView> ofOne = p.transactions().read(() -> p.invoices().page(OptionalLong.of(2), PageRequest.first(50)));
        assertEquals(BulkGenerator.invoicesOf(1, 37, 401), ofOne.rows().size());

        List<ReportData.InvoiceRow> streamed = new ArrayList<>();
        db.reports().invoices(ReportData.Filter.ALL, streamed::add);
        assertEquals(404, streamed.size());
        for (int i = 0; i < streamed.size(); i++) {
            assertEquals(Invoice.numberFor(com.actionpack.core.billing.DocumentKind.INVOICE, i + 1L), streamed.get(i).number());
        }
        List<ReportData.MembershipRow> terms = new ArrayList<>();
        db.reports().memberships(ReportData.Filter.ALL, terms::add);
        assertEquals(404, terms.size());
        List<ReportData.RedemptionRow> redemptions = new ArrayList<>();
        db.reports().redemptions(ReportData.Filter.ALL, redemptions::add);
        assertEquals(0, redemptions.size());
        // The sequence carries on after bulk data: the next document number is 405.
        assertEquals(405L, (long) p.transactions().write(() -> p.documentNumbers().next()));
        // The app's own inserts after bulk rows take new ids (on PostgreSQL the identity
        // sequences are moved on past the bulk rows' own ids, #16): an account, its admin, an order.
        com.actionpack.persistence.testing.DbWorld after = new com.actionpack.persistence.testing.DbWorld(
                clock -> db, LocalDate.of(2026, 3, 1));
        Actor admin = after.readyAccount("After Bulk", "US");
        var bought = after.buyByCard(admin);
        assertTrue(bought.order().accountId() > 40, "after the 40 bulk accounts: " + bought.order().accountId());
        assertEquals(406L, bought.invoice().sequence());
    }
}

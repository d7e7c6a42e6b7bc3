package com.actionpack.core.usecase.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Money;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.WireProof;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.Appeal;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.core.usecase.account.RoleChange;
import com.actionpack.core.usecase.account.VerificationDecision;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);
    private final List<String> seen = new ArrayList<>();

    /** Runs one action and returns the entry it recorded under {@code action}, checking who, when and after. */
    private AuditEntry expect(String action, String actor, boolean changesExisting, Supplier<?> step) {
        int before = world.store.auditEntries().size();
        step.get();
        List<AuditEntry> added = world.store.auditEntries().subList(before, world.store.auditEntries().size());
        AuditEntry e = added.stream().filter(a -> a.action().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " entry in " + added));
        assertEquals(world.clock.instant(), e.at(), action + ": when, from the injected clock (R14)");
        assertEquals(actor, e.actor(), action + ": who");
        assertFalse(e.channel().isBlank(), action + ": channel");
        assertFalse(e.subject().isBlank(), action + ": what");
        assertFalse(e.after().isBlank(), action + ": after");
        if (changesExisting) {
            assertFalse(e.before().isBlank(), action + ": before");
        }
        seen.add(action);
        return e;
    }

    private String email(Actor a) {
        return world.core.accountQueries().me(a).email();
    }

    @Test
    @DisplayName("R21: every change of state records who, when, what, before and after")
    void everyChangeAudited() {
        Actor op = world.operator();
        String opEmail = email(op);
        Setup setup = world.newAccount("Contoso Ltd", "US");
        Actor admin = Actor.console(setup.globalAdmin().id());
        String adminEmail = email(admin);
        long accountId = setup.account().id();
        assertTrue(world.store.auditEntries().stream().anyMatch(e -> e.action().equals("account.created")
                && e.accountId() == accountId));

        assertEquals("not enrolled", expect("program.enrolled", adminEmail, true,
                () -> world.core.enrollInProgram().enroll(admin)).before());
        AuditEntry decided = expect("verification.decided", opEmail, true,
                () -> world.core.decideVerification().decide(op, new VerificationDecision(accountId,
                        VerificationStatus.VERIFIED, "")));
        assertEquals(accountId, decided.accountId(), "an operator's decision belongs to the account decided on");
        assertEquals("PENDING", decided.before());
        long userId = expect("user.added", adminEmail, false, () -> world.core.addUser().add(admin,
                new NewUser("mpn@contoso.example", "Mpn", Set.of(Role.READER)))).accountId();
        assertEquals(accountId, userId);
        long mpnId = world.store.users.findByEmail("mpn@contoso.example").orElseThrow().id();
        AuditEntry granted = expect("role.granted", adminEmail, true,
                () -> world.core.changeRole().change(admin, RoleChange.grant(mpnId, Role.MPN_PARTNER_ADMIN)));
        assertTrue(granted.before().contains("READER") && granted.after().contains("MPN_PARTNER_ADMIN"), granted.toString());
        expect("role.revoked", adminEmail, true, () -> world.core.changeRole().change(admin, RoleChange.revoke(mpnId,
                Role.READER)));
        expect("profile.changed", adminEmail, true,
                () -> world.core.changeProfile().change(admin, CoreFixture.profile("Contoso Group", "US")));
        expect("verification.decided", opEmail, true,
                () -> world.core.decideVerification().decide(op, new VerificationDecision(accountId,
                        VerificationStatus.REJECTED, "bad address")));
        expect("verification.appealed", adminEmail, true, () -> world.core.appealRejection().appeal(admin,
                new Appeal(CoreFixture.profile("Contoso Group", "US"), "fixed", "deed.pdf")));
        world.core.decideVerification().decide(op, new VerificationDecision(accountId, VerificationStatus.VERIFIED,
                ""));

        Order wire = world.buyByWire(admin).order();
        assertTrue(seenIn("order.placed", accountId));
        expect("wire.proof-uploaded", adminEmail, false, () -> world.core.wirePayments().uploadProof(admin, wire.id(),
                new WireProof(DAY, "DE00 1", "TX-1", "")));
        AuditEntry cancelled = expect("order.cancelled", adminEmail, true,
                () -> world.core.wirePayments().cancelUnpaid(admin, wire.id()));
        assertEquals("AWAITING_PAYMENT", cancelled.before());
        assertEquals("CANCELLED", cancelled.after());

        Membership m = world.buyByCard(admin).membership().orElseThrow();
        assertTrue(seenIn("order.paid", accountId) && seenIn("membership.started", accountId));
        expect("benefits.provisioned", opEmail, true, () -> world.core.benefits().provisionNow(op, m.id()));
        expect("benefits.pack-chosen", adminEmail, true, () -> world.core.benefits().choosePack(admin, BenefitPack.MAPS));
        AuditEntry redeemed = expect("benefits.redeemed", adminEmail, true,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-05", 1, "")));
        assertEquals("0 of 1 used", redeemed.before());
        Redemption r = world.store.redemptions.listByMembership(m.id()).get(0);
        expect("benefits.key-viewed", adminEmail, true, () -> world.core.benefits().viewProductKey(admin, r.id()));
        AuditEntry refusedRequest = expect("cancellation.requested", adminEmail, false,
                () -> world.core.cancellations().request(admin, "please"));
        assertTrue(refusedRequest.after().startsWith("REFUSED"), refusedRequest.after());

        expect("price.changed", opEmail, true, () -> world.core.prices().save(op,
                new CountryOffer("US", Money.of(49_900, "USD"), 0, true, "Contoso Bank")));

        world.clock.setDate(DAY.plusDays(365));
        AuditEntry renewed = expect("membership.renewed", adminEmail, true, () -> world.buyByCard(admin));
        assertTrue(renewed.before().contains("term 1"), renewed.before());

        world.clock.setDate(DAY.plusDays(365 + 396));
        expect("membership.expired", "system", true, () -> world.buyByWire(admin));
        world.clock.advanceDays(31);
        expect("order.expired", "system", true, () -> world.core.wirePayments().expireOverdue(op));

        Membership fresh = world.buyByCard(admin).membership().orElseThrow();
        var ticket = world.core.cancellations().request(admin, "refund").ticket();
        AuditEntry refunded = expect("cancellation.refunded", opEmail, true,
                () -> world.core.cancellations().processRefund(op, ticket.id()));
        assertEquals(accountId, refunded.accountId());
        assertTrue(refunded.after().contains("REFUNDED") && refunded.after().contains("CN-"), refunded.after());
        assertTrue(fresh.id() > 0);
    }

    private boolean seenIn(String action, long accountId) {
        return world.store.auditEntries().stream().anyMatch(e -> e.action().equals(action) && e.accountId() == accountId);
    }

    @Test
    @DisplayName("R21 R4: admins page their own account's trail; an operator sees every account's; a Reader sees none")
    void whoSeesTheTrail() {
        Actor contoso = world.readyAccount();
        Actor fabrikam = world.readyAccount("Fabrikam Inc", "US");
        world.buyByCard(contoso);
        long contosoId = world.core.accountQueries().account(contoso).id();
        List<AuditEntry> own = world.core.audit().page(contoso, "", PageRequest.first(100)).rows();
        assertFalse(own.isEmpty());
        assertTrue(own.stream().allMatch(e -> e.accountId() == contosoId));
        assertTrue(world.core.audit().page(fabrikam, "order.", PageRequest.first(100)).rows().isEmpty());
        assertEquals(1, world.core.audit().page(world.operator(), "order.paid", PageRequest.first(100)).rows().size());
        Actor reader = Actor.console(world.core.addUser().add(contoso, new NewUser("r@contoso.example", "R",
                Set.of(Role.READER))).id());
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.audit().page(reader, "", PageRequest.first(10))).has(ReasonCode.MISSING_ROLE));
    }

    @Test
    @DisplayName("R21: a refused action leaves no audit entry and no state behind")
    void refusedLeavesNothing() {
        Actor admin = world.readyAccount();
        world.buyByCard(admin);
        List<Object> before = world.store.contentsExceptAudit();
        int entries = world.store.auditEntries().size();
        assertThrows(ActionRefusedException.class, () -> world.buyByCard(admin));
        world.clock.advance(Duration.ofMinutes(1));
        assertEquals(entries, world.store.auditEntries().size());
        assertEquals(before, world.store.contentsExceptAudit());
    }
}

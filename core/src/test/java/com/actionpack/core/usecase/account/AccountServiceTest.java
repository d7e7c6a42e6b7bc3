package com.actionpack.core.usecase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Address;
import com.actionpack.core.account.Contact;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);

    private Actor add(Actor by, String email, Role... roles) {
        return Actor.console(world.core.addUser().add(by, new NewUser(email, "Someone", Set.of(roles))).id());
    }

    @Test
    @DisplayName("R1 R2 R3 R4: first-run setup creates a pending, unenrolled account with a PartnerID and one Global admin")
    void setup() {
        Setup s = world.newAccount("Contoso Ltd", "us");
        PartnerAccount a = s.account();
        assertEquals(VerificationStatus.PENDING, a.verification());
        assertFalse(a.isEnrolled());
        assertTrue(a.partnerId().matches("\\d{7}"), a.partnerId());
        assertEquals("US", a.country());
        assertEquals(Set.of(Role.GLOBAL_ADMIN), s.globalAdmin().roles());
        assertEquals(a.id(), s.globalAdmin().accountId());
    }

    @Test
    @DisplayName("R1: a bad profile field fails with a one-line message saying what to fix")
    void badProfile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CoreFixture.profile("X", "USA"));
        assertTrue(e.getMessage().contains("two-letter"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> new Contact("Pat", "not-an-email", ""));
        assertThrows(InvalidInputException.class, () -> new LegalProfile(" ", new Address("a", "b", "", "US"),
                new Contact("Pat", "p@x.example", "")));
    }

    @Test
    @DisplayName("R2: a verified account that changes its legal name goes back to PENDING and may no longer buy")
    void profileChangeResetsVerification() {
        Actor admin = world.readyAccount();
        assertTrue(world.core.eligibility().check(admin).enabled());
        PartnerAccount before = world.core.accountQueries().account(admin);
        world.core.changeProfile().change(admin, CoreFixture.profile("Contoso Group", "US"));
        assertEquals(VerificationStatus.PENDING, world.core.accountQueries().account(admin).verification());
        assertTrue(world.core.eligibility().check(admin).reasons().stream().anyMatch(r -> r.code() == ReasonCode.NOT_VERIFIED));
        AuditEntry last = last();
        assertEquals("profile.changed", last.action());
        assertTrue(last.before().contains(before.profile().legalName()) && last.before().contains("VERIFIED"));
        assertTrue(last.after().contains("Contoso Group") && last.after().contains("PENDING"));
    }

    @Test
    @DisplayName("R2: a rejected profile is appealed with a comment and document and goes back to PENDING; only rejected ones")
    void appeal() {
        Setup s = world.newAccount("Contoso Ltd", "US");
        Actor admin = Actor.console(s.globalAdmin().id());
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.appealRejection().appeal(admin,
                new Appeal(CoreFixture.profile("Contoso Ltd", "US"), "fixed", "doc-1"))).has(ReasonCode.CONFLICT));
        Actor op = world.operator();
        assertThrows(InvalidInputException.class,
                () -> world.core.decideVerification().decide(op, new VerificationDecision(s.account().id(),
                        VerificationStatus.REJECTED, "")));
        world.core.decideVerification().decide(op, new VerificationDecision(s.account().id(),
                VerificationStatus.REJECTED, "address mismatch"));
        PartnerAccount appealed = world.core.appealRejection().appeal(admin,
                new Appeal(CoreFixture.profile("Contoso Limited", "US"),
                "registered address fixed", "certificate-2026.pdf"));
        assertEquals(VerificationStatus.PENDING, appealed.verification());
        assertTrue(appealed.verificationNote().contains("certificate-2026.pdf"));
    }

    @Test
    @DisplayName("R2 R4: only an operator records a verification decision")
    void onlyOperatorDecides() {
        Setup s = world.newAccount("Contoso Ltd", "US");
        Actor admin = Actor.console(s.globalAdmin().id());
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.decideVerification().decide(admin,
                new VerificationDecision(s.account().id(), VerificationStatus.VERIFIED,
                        ""))).has(ReasonCode.MISSING_ROLE));
        world.core.decideVerification().decide(world.operator(), new VerificationDecision(s.account().id(),
                VerificationStatus.VERIFIED, ""));
        assertEquals(VerificationStatus.VERIFIED, world.core.accountQueries().account(admin).verification());
    }

    @Test
    @DisplayName("R3 R14: joining the program records today's date from the clock; a second enroll is refused")
    void enroll() {
        Actor admin = Actor.console(world.newAccount("Contoso Ltd", "US").globalAdmin().id());
        assertTrue(world.core.eligibility().check(admin).reasons().stream().anyMatch(r -> r.code() == ReasonCode.NOT_ENROLLED));
        world.clock.setDate(LocalDate.of(2031, 7, 4));
        assertEquals(LocalDate.of(2031, 7, 4), world.core.enrollInProgram().enroll(admin).enrolledOn());
        assertThrows(ActionRefusedException.class, () -> world.core.enrollInProgram().enroll(admin));
    }

    @ParameterizedTest(name = "{0} grants {1}: {2}")
    @CsvSource({
        "GLOBAL_ADMIN, GLOBAL_ADMIN, true", "GLOBAL_ADMIN, MPN_PARTNER_ADMIN, true", "GLOBAL_ADMIN, ACCOUNT_ADMIN, true",
        "ACCOUNT_ADMIN, MPN_PARTNER_ADMIN, true", "ACCOUNT_ADMIN, GLOBAL_ADMIN, false", "ACCOUNT_ADMIN, BILLING_ADMIN, true",
        "MPN_PARTNER_ADMIN, MPN_PARTNER_ADMIN, false", "MPN_PARTNER_ADMIN, GLOBAL_ADMIN, false",
        "BILLING_ADMIN, MPN_PARTNER_ADMIN, false", "READER, READER, false"})
    @DisplayName("R4: who may grant and revoke which role")
    void grantMatrix(Role actorRole, Role role, boolean allowed) {
        Actor global = world.readyAccount();
        Actor actor = actorRole == Role.GLOBAL_ADMIN ? global : add(global, "actor@contoso.example", actorRole);
        long target = world.core.addUser().add(global, new NewUser("target@contoso.example", "Target", Set.of())).id();
        if (allowed) {
            assertTrue(world.core.changeRole().change(actor, RoleChange.grant(target, role)).has(role));
            assertFalse(world.core.changeRole().change(actor, RoleChange.revoke(target, role)).has(role));
        } else {
            assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.changeRole().change(actor,
                    RoleChange.grant(target, role)))
                    .has(ReasonCode.MISSING_ROLE));
            world.core.changeRole().change(global, RoleChange.grant(target, role));
            assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.changeRole().change(actor,
                    RoleChange.revoke(target, role)))
                    .has(ReasonCode.MISSING_ROLE));
        }
    }

    @Test
    @DisplayName("R4: the last Global admin cannot be removed; with two, one may go, then the other is the last")
    void lastGlobalAdmin() {
        Actor first = world.readyAccount();
        long firstId = first.userId();
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> world.core.changeRole().change(first, RoleChange.revoke(firstId, Role.GLOBAL_ADMIN)));
        assertTrue(e.has(ReasonCode.LAST_GLOBAL_ADMIN));
        Actor second = add(first, "second@contoso.example", Role.GLOBAL_ADMIN);
        world.core.changeRole().change(second, RoleChange.revoke(firstId, Role.GLOBAL_ADMIN));
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.changeRole().change(second, RoleChange.revoke(second.userId(),
                        Role.GLOBAL_ADMIN))).has(ReasonCode.LAST_GLOBAL_ADMIN));
        assertEquals(1, world.core.accountQueries().users(second).stream().filter(u -> u.has(Role.GLOBAL_ADMIN)).count());
    }

    @Test
    @DisplayName("R4: a revoked role stops working at once (roles are read per action, not per session)")
    void revokedAtOnce() {
        Actor global = world.readyAccount();
        Actor mpn = add(global, "mpn@contoso.example", Role.MPN_PARTNER_ADMIN);
        assertTrue(world.core.eligibility().check(mpn).enabled());
        world.core.changeRole().change(global, RoleChange.revoke(mpn.userId(), Role.MPN_PARTNER_ADMIN));
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.buyByCard(mpn)).has(ReasonCode.MISSING_ROLE));
    }

    @Test
    @DisplayName("R4: an admin cannot change roles of a user in another account, nor add a Global admin without being one")
    void crossAccount() {
        Actor contoso = world.readyAccount();
        Actor fabrikam = world.readyAccount("Fabrikam Inc", "US");
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.changeRole().change(fabrikam, RoleChange.grant(contoso.userId(),
                        Role.READER))).has(ReasonCode.USER_NOT_FOUND));
        Actor accountAdmin = add(contoso, "aa@contoso.example", Role.ACCOUNT_ADMIN);
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.addUser().add(accountAdmin,
                new NewUser("g@contoso.example", "G", Set.of(Role.GLOBAL_ADMIN)))).has(ReasonCode.MISSING_ROLE));
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.addUser().add(contoso,
                new NewUser("aa@contoso.example", "Dup", Set.of()))).has(ReasonCode.CONFLICT));
        List<User> users = world.core.accountQueries().users(contoso);
        assertEquals(2, users.size());
    }

    private AuditEntry last() {
        List<AuditEntry> all = world.store.auditEntries();
        return all.get(all.size() - 1);
    }

    @Test
    @DisplayName("R4 R4a: nobody grants or revokes Operator in the app, not a partner's Global admin, not an operator")
    void operatorRoleIsBackOffice() {
        Actor partner = world.readyAccount();
        ActionRefusedException self = assertThrows(ActionRefusedException.class,
                () -> world.core.changeRole().change(partner, RoleChange.grant(partner.userId(), Role.OPERATOR)));
        assertTrue(self.has(ReasonCode.MISSING_ROLE));
        assertTrue(self.getMessage().contains("actionpack operator add EMAIL --name NAME"), self.getMessage());
        assertThrows(ActionRefusedException.class, () -> world.core.addUser().add(partner,
                new NewUser("op@contoso.example",
                "Op", Set.of(Role.OPERATOR))));
        Actor op = world.operator();
        ActionRefusedException byOperator = assertThrows(ActionRefusedException.class,
                () -> world.core.changeRole().change(op, RoleChange.grant(partner.userId(), Role.OPERATOR)));
        assertTrue(byOperator.has(ReasonCode.MISSING_ROLE));
    }
}

package com.actionpack.core.usecase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R4a: operators are back-office users added from the host, never partners, never deciding for their own account. */
class OperatorsTest {

    private final CoreFixture world = new CoreFixture(LocalDate.of(2026, 5, 4));

    private AddOperator.Result add(String email) {
        return world.core.addOperator().add(new NewOperator(email, "Olga Ops", "root"));
    }

    @Test
    @DisplayName("R4a: the first 'operator add' makes the back-office account; it is no partner account (first-run setup still opens)")
    void backOfficeMadeOnFirstUse() {
        assertTrue(world.store.accounts.findBackOffice().isEmpty());
        AddOperator.Result first = add("olga@backoffice.example");
        assertTrue(first.created());
        PartnerAccount office = world.store.accounts.findBackOffice().orElseThrow();
        assertEquals(office.id(), first.operator().accountId());
        assertEquals(java.util.Set.of(Role.OPERATOR), first.operator().roles());
        assertFalse(world.core.createAccount().anyAccount(), "a fresh install with an operator still asks for its partner account");
        User second = add("oskar@backoffice.example").operator();
        assertEquals(office.id(), second.accountId(), "one back office");
        assertTrue(world.store.auditEntries().stream().anyMatch(a -> a.action().equals("operator.added")
                && a.actor().equals("host:root") && a.subject().equals("user oskar@backoffice.example")));
    }

    @Test
    @DisplayName("R4a: a partner account's user can never be made an operator; adding one twice changes nothing")
    void neverAPartner() {
        Setup partner = world.newAccount("Contoso", "US");
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> add(partner.globalAdmin().email()));
        assertTrue(refused.has(ReasonCode.PARTNER_USER));
        assertFalse(world.store.users.find(partner.globalAdmin().id()).orElseThrow().has(Role.OPERATOR));
        add("olga@backoffice.example");
        AddOperator.Result again = add("olga@backoffice.example");
        assertTrue(again.alreadyOperator());
        assertFalse(again.created());
    }

    @Test
    @DisplayName("R4a: 'operator remove' takes the role (the user stays), 'operator list' names back office first, then legacy partner operators")
    void removeAndList() {
        add("olga@backoffice.example");
        add("oskar@backoffice.example");
        Setup legacy = world.newAccount("Legacy", "US");
        world.store.users.update(legacy.globalAdmin().withRoles(EnumSet.of(Role.GLOBAL_ADMIN, Role.OPERATOR)));
        List<OperatorQueries.Operator> listed = world.core.operatorQueries().list();
        assertEquals(List.of("olga@backoffice.example", "oskar@backoffice.example", legacy.globalAdmin().email()),
                listed.stream().map(o -> o.user().email()).toList());
        assertEquals(List.of(false, false, true), listed.stream().map(OperatorQueries.Operator::partnerUser).toList());

        User removed = world.core.removeOperator().remove(new OperatorRemoval("oskar@backoffice.example", "root"));
        assertFalse(removed.has(Role.OPERATOR));
        assertTrue(world.store.users.findByEmail("oskar@backoffice.example").isPresent());
        world.core.removeOperator().remove(new OperatorRemoval(legacy.globalAdmin().email(), "root"));
        assertTrue(world.store.users.find(legacy.globalAdmin().id()).orElseThrow().has(Role.GLOBAL_ADMIN));
        assertEquals(List.of("olga@backoffice.example"),
                world.core.operatorQueries().list().stream().map(o -> o.user().email()).toList());
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.removeOperator()
                .remove(new OperatorRemoval("oskar@backoffice.example", "root"))).has(ReasonCode.USER_NOT_FOUND));
        assertEquals(add("oskar@backoffice.example").operator().id(), removed.id(), "added again: the same user");
    }

    /** A partner Global admin made operator by the old 'grant' (the data an older version may have left). */
    private Actor legacyOperator(Setup setup) {
        world.store.users.update(setup.globalAdmin().withRoles(EnumSet.of(Role.GLOBAL_ADMIN, Role.OPERATOR)));
        return Actor.console(setup.globalAdmin().id());
    }

    @Test
    @DisplayName("R4a: no operator decides their own account's verification; it is not in their queue; another operator's is")
    void ownVerification() {
        Setup own = world.newAccount("Contoso", "US");
        Actor legacy = legacyOperator(own);
        Setup other = world.newAccount("Fabrikam", "US");
        List<Long> queue = world.core.accountQueries().awaitingVerification(legacy).stream().map(PartnerAccount::id).toList();
        assertEquals(List.of(other.account().id()), queue);
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.decideVerification().decide(legacy,
                new VerificationDecision(own.account().id(), VerificationStatus.VERIFIED, ""))).has(ReasonCode.OWN_ACCOUNT));
        world.core.decideVerification().decide(legacy,
                new VerificationDecision(other.account().id(), VerificationStatus.VERIFIED, ""));
        world.core.decideVerification().decide(world.operator(),
                new VerificationDecision(own.account().id(), VerificationStatus.VERIFIED, ""));
    }

    @Test
    @DisplayName("R4a: no operator records their own account's wire funds; the order is not in their queue")
    void ownFunds() {
        Actor admin = world.readyAccount("Contoso", "US");
        Order order = world.buyByWire(admin).order();
        Actor legacy = legacyOperator(new Setup(world.store.accounts.find(order.accountId()).orElseThrow(),
                world.store.users.find(admin.userId()).orElseThrow()));
        assertTrue(world.core.wirePayments().awaitingPayment(legacy).isEmpty());
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.wirePayments().recordFundsReceived(legacy, order.id())).has(ReasonCode.OWN_ACCOUNT));
        Actor other = world.operator();
        assertEquals(List.of(order.id()), world.core.wirePayments().awaitingPayment(other).stream().map(Order::id).toList());
        world.core.wirePayments().recordFundsReceived(other, order.id());
    }

    @Test
    @DisplayName("R4a: no operator processes their own account's refund; the ticket is not in their queue")
    void ownRefund() {
        Actor admin = world.readyAccount("Contoso", "US");
        world.buyByCard(admin);
        long ticket = world.core.cancellations().request(admin, "changed our mind").ticket().id();
        Actor legacy = legacyOperator(new Setup(world.store.accounts.find(
                world.store.users.find(admin.userId()).orElseThrow().accountId()).orElseThrow(),
                world.store.users.find(admin.userId()).orElseThrow()));
        assertTrue(world.core.cancellations().inProgress(legacy).isEmpty());
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.cancellations().processRefund(legacy, ticket)).has(ReasonCode.OWN_ACCOUNT));
        world.core.cancellations().processRefund(world.operator(), ticket);
    }

    @Test
    @DisplayName("R4a: the back office never appears in a partner queue, even pending, and cannot be decided")
    void backOfficeNeverQueued() {
        Actor op = world.operator();
        PartnerAccount office = world.store.accounts.findBackOffice().orElseThrow();
        world.store.accounts.update(office.withVerification(VerificationStatus.PENDING, "as if edited"));
        Setup partner = world.newAccount("Contoso", "US");
        assertEquals(List.of(partner.account().id()),
                world.core.accountQueries().awaitingVerification(op).stream().map(PartnerAccount::id).toList());
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.decideVerification().decide(world.operator(),
                new VerificationDecision(office.id(), VerificationStatus.VERIFIED, ""))).has(ReasonCode.OWN_ACCOUNT),
                "an operator's own account is the back office");
    }

    @Test
    @DisplayName("R4a: a partner user refused an operator action is told how operators are appointed, not to ask a Global admin")
    void refusalSaysHowOperatorsAreAppointed() {
        Actor admin = world.readyAccount("Contoso", "US");
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> world.core.accountQueries().awaitingVerification(admin));
        assertTrue(refused.getMessage().contains("actionpack operator add EMAIL --name NAME"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Ask a Global admin"), refused.getMessage());
    }

    @Test
    @DisplayName("R4 R4a: 'may I change this role' answers exactly as the change does, for every role, grant and revoke")
    void mayChangeRoleMatchesTheChange() {
        Actor admin = world.readyAccount("Contoso", "US");
        User colleague = world.core.addUser().add(admin, new NewUser("bo@contoso.example", "Bo", java.util.Set.of(Role.READER)));
        for (Role role : Role.values()) {
            for (boolean grant : new boolean[] {true, false}) {
                for (long target : new long[] {admin.userId(), colleague.id()}) {
                    RoleChange change = grant ? RoleChange.grant(target, role) : RoleChange.revoke(target, role);
                    boolean refusedBefore = world.core.accountQueries().whyNotChangeRole(admin, change).isPresent();
                    boolean refused;
                    try {
                        world.core.changeRole().change(admin, change);
                        refused = false;
                    } catch (ActionRefusedException e) {
                        refused = true;
                    }
                    assertEquals(refusedBefore, refused, role + (grant ? " grant " : " revoke ") + target);
                }
            }
        }
        assertTrue(world.core.accountQueries().whyNotChangeRole(admin, RoleChange.grant(colleague.id(), Role.OPERATOR))
                .orElseThrow().remedy().contains("actionpack operator add"));
    }
}

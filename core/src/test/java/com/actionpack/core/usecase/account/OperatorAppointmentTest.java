package com.actionpack.core.usecase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.ReportScope;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OperatorAppointmentTest {

    private final CoreFixture world = new CoreFixture(LocalDate.of(2026, 5, 4));

    @Test
    @DisplayName("R4 R21: the host appoints an operator; the grant is audited as the host user")
    void hostAppointsOperator() {
        Setup setup = world.newAccount("Fabrikam", "US");

        User operator = world.core.appointOperator().appoint(new OperatorAppointment(setup.globalAdmin().email(),
                "root"));

        assertTrue(operator.has(Role.OPERATOR));
        assertTrue(operator.has(Role.GLOBAL_ADMIN));
        var last = world.store.auditEntries().get(world.store.auditEntries().size() - 1);
        assertEquals("host:root", last.actor());
        assertEquals("role.granted", last.action());
    }

    @Test
    @DisplayName("R4: appointing an unknown email is refused with what to do")
    void unknownUser() {
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> world.core.appointOperator().appoint(new OperatorAppointment("nobody@example.com", "root")));
        assertTrue(refused.has(ReasonCode.USER_NOT_FOUND));
    }

    @Test
    @DisplayName("R4: signing in by email gives the user's actor on the channel; an unknown email is refused")
    void signInByEmail() {
        Setup setup = world.newAccount("Northwind", "US");

        assertEquals(new com.actionpack.core.common.Actor(setup.globalAdmin().id(), "ssh key SHA256:x"),
                world.core.signIn().signIn(setup.globalAdmin().email().toUpperCase(), "ssh key SHA256:x"));
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> world.core.signIn().signIn("ghost@example.com", "console"));
        assertTrue(refused.has(ReasonCode.USER_NOT_FOUND));
    }

    @Test
    @DisplayName("R4: reports cover every account for an operator, the own account for billing roles, nothing for a reader")
    void reportScope() {
        Setup setup = world.newAccount("Litware", "US");
        com.actionpack.core.common.Actor admin = com.actionpack.core.common.Actor.console(setup.globalAdmin().id());
        assertEquals(ReportScope.account(setup.account().id(), setup.account().partnerId()),
                world.core.accountQueries().reportScope(admin));
        assertTrue(world.core.accountQueries().reportScope(world.operator()).everyAccount());
        User reader = world.core.addUser().add(admin, new NewUser("rita@litware.example", "Rita",
                java.util.Set.of(Role.READER)));
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> world.core.accountQueries().reportScope(com.actionpack.core.common.Actor.console(reader.id())));
        assertTrue(refused.has(ReasonCode.MISSING_ROLE));
    }
}

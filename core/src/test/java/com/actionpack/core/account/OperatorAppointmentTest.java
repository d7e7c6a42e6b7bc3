package com.actionpack.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        User operator = world.core.accounts().appointOperatorFromHost(setup.globalAdmin().email(), "root");

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
                () -> world.core.accounts().appointOperatorFromHost("nobody@example.com", "root"));
        assertTrue(refused.has(ReasonCode.USER_NOT_FOUND));
    }

    @Test
    @DisplayName("R4: signing in by email gives the user's actor on the channel; an unknown email is refused")
    void signInByEmail() {
        Setup setup = world.newAccount("Northwind", "US");

        assertEquals(new com.actionpack.core.common.Actor(setup.globalAdmin().id(), "ssh key SHA256:x"),
                world.core.accounts().signIn(setup.globalAdmin().email().toUpperCase(), "ssh key SHA256:x"));
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> world.core.accounts().signIn("ghost@example.com", "console"));
        assertTrue(refused.has(ReasonCode.USER_NOT_FOUND));
    }
}

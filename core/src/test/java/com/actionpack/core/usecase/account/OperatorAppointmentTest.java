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
    @DisplayName("R4a R21: the old 'operator grant' adds a back-office operator named after the email, audited as the host user")
    void legacyGrantAddsABackOfficeOperator() {
        User operator = world.core.appointOperator().appoint(new OperatorAppointment("ops@backoffice.example", "root"));
        assertTrue(operator.has(Role.OPERATOR));
        assertEquals("ops", operator.displayName());
        assertEquals(world.store.accounts.findBackOffice().orElseThrow().id(), operator.accountId());
        var last = world.store.auditEntries().get(world.store.auditEntries().size() - 1);
        assertEquals("host:root", last.actor());
        assertEquals("operator.added", last.action());
    }

    @Test
    @DisplayName("R4a: the old 'operator grant' refuses a partner account's user, as 'operator add' does")
    void legacyGrantRefusesAPartnerUser() {
        Setup setup = world.newAccount("Fabrikam", "US");
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> world.core.appointOperator().appoint(new OperatorAppointment(setup.globalAdmin().email(), "root")));
        assertTrue(refused.has(ReasonCode.PARTNER_USER));
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

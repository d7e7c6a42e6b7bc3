package com.actionpack.persistence.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.Membership;
import com.actionpack.persistence.testing.DbWorld;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

/** The reads the console's sign-in and operator screens need, on a real database of each backend (#16). */
@OnBothBackends
class OperatorQueuesTest {

    @Parameter
    Backend backend;

    @Test
    @DisplayName("R2 R4a: partner accounts pending verification are the operator's queue, oldest first; never the back office")
    void pendingVerification() {
        DbWorld world = backend.world("q", LocalDate.of(2026, 6, 1));
        Actor operator = world.operator();
        Setup first = world.newAccount("Alpha", "US");
        Setup second = world.newAccount("Beta", "DE");
        world.readyAccount("Gamma", "US", operator);

        List<Long> pending = world.core.accountQueries().awaitingVerification(operator).stream().map(a -> a.id()).toList();

        assertTrue(pending.indexOf(first.account().id()) < pending.indexOf(second.account().id()), pending.toString());
        assertEquals(List.of(first.account().id(), second.account().id()), pending,
                "Alpha and Beta (Gamma is verified; the back office is no partner): " + pending);
    }

    @Test
    @DisplayName("R16: terms still provisioning are listed until 24 hours after payment")
    void provisioning() {
        DbWorld world = backend.world("p", LocalDate.of(2026, 6, 1));
        Actor operator = world.operator();
        Actor admin = world.readyAccount("Contoso", "US", operator);
        Membership term = world.buyByCard(admin).membership().orElseThrow();

        assertEquals(List.of(term.id()), world.core.benefits().provisioning(operator).stream().map(Membership::id).toList());
        world.clock.advance(Duration.ofHours(24));
        assertEquals(List.of(), world.core.benefits().provisioning(operator));
    }

    @Test
    @DisplayName("R4: sign-in lists every user by account, then email")
    void signInChoices() {
        DbWorld world = backend.world("s", LocalDate.of(2026, 6, 1));
        User a = world.newAccount("Alpha", "US").globalAdmin();
        User b = world.newAccount("Beta", "US").globalAdmin();

        List<String> emails = world.core.signIn().choices().stream().map(c -> c.user().email()).toList();

        assertEquals(List.of(a.email(), b.email()), emails);
    }

    @Test
    @DisplayName("R4: the sign-in list stops at its limit however many users there are")
    void signInListIsBounded() {
        DbWorld world = backend.world("many", LocalDate.of(2026, 6, 1));
        new com.actionpack.persistence.demo.BulkGenerator(world.db, line -> { }).generate(
                com.actionpack.core.usecase.account.SignInUser.SIGN_IN_LIMIT + 50, 0);

        assertEquals(com.actionpack.core.usecase.account.SignInUser.SIGN_IN_LIMIT,
                world.core.signIn().choices().size());
    }
}

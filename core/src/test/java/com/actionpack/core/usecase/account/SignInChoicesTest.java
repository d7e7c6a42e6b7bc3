package com.actionpack.core.usecase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Setup;
import com.actionpack.core.account.SignInChoice;
import com.actionpack.core.common.Actor;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignInChoicesTest {

    @Test
    @DisplayName("R1: an empty database has no account; after setup it has one and its admin can sign in")
    void firstRunThenSignIn() {
        CoreFixture world = new CoreFixture(LocalDate.of(2026, 3, 1));
        assertFalse(world.core.createAccount().anyAccount());
        assertTrue(world.core.signIn().choices().isEmpty());

        Setup setup = world.newAccount("Contoso Ltd", "US");

        assertTrue(world.core.createAccount().anyAccount());
        List<SignInChoice> choices = world.core.signIn().choices();
        assertEquals(1, choices.size());
        assertEquals("admin@contosoltd.example", choices.get(0).user().email());
        assertEquals("Contoso Ltd", choices.get(0).accountName());
        assertEquals(setup.account().partnerId(), choices.get(0).partnerId());
    }

    @Test
    @DisplayName("R15: an account sees its own cancellation tickets only")
    void ticketsOfTheAccount() {
        CoreFixture world = new CoreFixture(LocalDate.of(2026, 3, 1));
        Actor admin = world.readyAccount();
        Actor other = Actor.console(world.newAccount("Fabrikam", "US").globalAdmin().id());
        world.buyByCard(admin);
        world.core.cancellations().request(admin, "changed our mind");

        assertEquals(1, world.core.cancellations().tickets(admin).size());
        assertTrue(world.core.cancellations().tickets(other).isEmpty());
    }
}

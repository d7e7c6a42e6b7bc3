package com.actionpack.core.usecase.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.RenewalReminder;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R22: the account's own reminder, through the use case. */
class RenewalRemindersTest {

    private static final LocalDate PAID = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(PAID);
    private final Actor admin = world.readyAccount();

    @Test
    @DisplayName("R22: none without a membership or far from AD; counts from AD - 30; a renewal in the window ends the reminder")
    void reminderOfTheCurrentTerm() {
        assertTrue(world.core.renewalReminders().forMyAccount(admin).isEmpty(), "no membership");
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        LocalDate ad = m.dates().anniversaryDate();
        world.clock.setDate(ad.minusDays(31));
        assertTrue(world.core.renewalReminders().forMyAccount(admin).isEmpty());
        world.clock.setDate(ad.minusDays(30));
        assertEquals(new RenewalReminder(RenewalReminder.Stage.WINDOW_OPENS_IN, 30, ad),
                world.core.renewalReminders().forMyAccount(admin).orElseThrow());
        world.clock.setDate(ad.plusDays(3));
        assertEquals(new RenewalReminder(RenewalReminder.Stage.WINDOW_OPEN, 28, ad.plusDays(30)),
                world.core.renewalReminders().forMyAccount(admin).orElseThrow());
        world.buyByCard(admin);
        assertTrue(world.core.renewalReminders().forMyAccount(admin).isEmpty(), "renewed: the new term is far from its AD");
    }
}

package com.actionpack.tui.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.form.Snapshots;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CancellationScreenTest {

    private static final LocalDate BOUGHT = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("R15: on day 30 after purchase cancellation is allowed and the request opens a ticket after a warning")
    void allowedOnDay30() {
        ScreenWorld world = new ScreenWorld(BOUGHT);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        world.fixture.clock.setDate(BOUGHT.plusDays(30));
        try (ConsoleHarness console = world.open(CancellationScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("cancel-day30", console);
            assertTrue(text.contains("allowed until 2026-04-01"), text);
            console.type("Wrong product").press(KeyType.Tab).press(KeyType.Enter);
            String confirm = Snapshots.save("cancel-confirm", console);
            assertTrue(confirm.contains("cannot be undone"), confirm);
            console.press(KeyType.Tab).press(KeyType.Enter);
            String after = Snapshots.save("cancel-requested", console);
            assertEquals(TicketStatus.IN_PROGRESS, world.fixture.core.cancellations().tickets(admin).get(0).status());
            assertTrue(after.contains("IN_PROGRESS"), after);
            assertTrue(after.contains("Your cancellation tickets"), after);
        }
    }

    @Test
    @DisplayName("R15: on day 31 cancellation is refused with its reason and the last day")
    void refusedOnDay31() {
        ScreenWorld world = new ScreenWorld(BOUGHT);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        world.fixture.clock.setDate(BOUGHT.plusDays(31));
        try (ConsoleHarness console = world.open(CancellationScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("cancel-day31", console);
            assertTrue(text.contains("not possible (the last day is 2026-04-01)"), text);
            assertTrue(text.contains("more than 30 days old"), text);
            assertFalse(text.contains("allowed until"), text);
        }
    }

    @Test
    @DisplayName("R15: without a paid Action Pack there is nothing to cancel, and the screen says what to do instead")
    void nothingToCancel() {
        ScreenWorld world = new ScreenWorld(BOUGHT);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(CancellationScreen.factory(world.fixture.core, admin))) {
            String text = console.text();
            assertTrue(text.contains("no paid Action Pack to cancel"), text);
            assertTrue(text.contains("No cancellation tickets"), text);
        }
    }

    @Test
    @DisplayName("R15, issue 12: on day 31 Request cancellation asks nothing: it shows core's reasons and raises no ticket")
    void requestOnDay31ShowsTheReasonsAndAsksNothing() {
        ScreenWorld world = new ScreenWorld(BOUGHT);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        world.fixture.clock.setDate(BOUGHT.plusDays(31));
        try (ConsoleHarness console = world.open(CancellationScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Tab).press(KeyType.Enter);
            String text = Snapshots.save("cancel-refused", console);
            assertFalse(text.contains("Raise a cancellation ticket"), "no question core would refuse:\n" + text);
            assertTrue(text.replaceAll("[\\s│]+", " ").contains("more than 30 days old"), text);
            console.press(KeyType.Enter);
            assertTrue(world.fixture.core.cancellations().tickets(admin).isEmpty(), "no refused ticket raised");
            assertTrue(console.shows("No cancellation tickets"), console.text());
        }
    }
}

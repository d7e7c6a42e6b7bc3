package com.actionpack.tui.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Setup;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.common.Actor;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditScreenTest {

    private final ScreenWorld world = new ScreenWorld(LocalDate.of(2026, 3, 10));

    @Test
    @DisplayName("R21: each row shows time, actor, channel, action and subject, newest first")
    void rows() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AuditScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("Time (UTC)"), console.text());
            assertTrue(console.shows("Channel"));
            int enrolled = console.rowOf("program.enrolled");
            int created = console.rowOf("account.created");
            assertTrue(enrolled > 0 && created > enrolled, console.text());
            String row = console.line(enrolled);
            assertTrue(row.contains("2026-03-10 12:00") && row.contains("admin@contosol")
                    && row.contains("console") && row.contains("account 4000001"), row);
        }
    }

    @Test
    @DisplayName("R21: / filters by text; Enter shows the entry's before and after in full")
    void filterAndDetail() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AuditScreen.factory(world.fixture.core, admin))) {
            console.type("/").type("enrolled").press(KeyType.Enter);
            assertTrue(console.shows("program.enrolled"), console.text());
            assertFalse(console.shows("account.created"), console.text());
            assertTrue(console.shows("Filter \"enrolled\""), console.text());

            console.press(KeyType.Enter);
            assertTrue(console.shows("Audit entry"), console.text());
            assertTrue(console.shows("Before"));
            assertTrue(console.shows("not enrolled"));
            assertTrue(console.shows("enrolled 2026-03-10"));
            assertTrue(console.shows("Time:    2026-03-10 12:00:00 UTC"));
        }
    }

    @Test
    @DisplayName("R21: a long trail pages by key: End shows the oldest entry, Home the newest (at 120x40)")
    void paging() {
        Actor admin = world.readyAdmin();
        long accountId = world.fixture.core.accountQueries().account(admin).id();
        for (int i = 1; i <= 500; i++) {
            world.fixture.store.audit.append(new AuditEntry(0, Instant.parse("2026-03-10T13:00:00Z").plusSeconds(i * 60L),
                    accountId, "bot@contosoltd.example", "cli", "test.step", "step " + i, "", ""));
        }
        try (ConsoleHarness console = world.open(120, 40, AuditScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("step 500"), console.text());
            assertFalse(console.shows("account.created"));
            console.press(KeyType.End);
            assertTrue(console.shows("account.created"), console.text());
            assertTrue(console.shows("step 1 "), console.text());
            assertFalse(console.shows("step 500 "));
            console.press(KeyType.PageUp);
            assertFalse(console.shows("account.created"), console.text());
            assertTrue(console.shows("step 60 "), console.text());
            console.press(KeyType.Home);
            assertTrue(console.shows("step 500"), console.text());
        }
    }

    @Test
    @DisplayName("R21: database text with ESC sequences is shown escaped in the list and in the detail")
    void escapes() {
        Setup setup = world.fixture.core.createAccount().create(new NewAccount(
                CoreFixture.profile("Evil\u001b[2J Corp", "US"), "admin@evil.example", "Eve"));
        Actor admin = Actor.console(setup.globalAdmin().id());
        try (ConsoleHarness console = world.open(AuditScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter);
            assertTrue(console.shows("Evil^[[2J Corp"), console.text());
            assertFalse(console.text().contains("\u001b"));
        }
    }

    @Test
    @DisplayName("R4, R21: a user without an audit role is told which roles can see the trail")
    void readerRefused() {
        Actor admin = world.readyAdmin();
        var reader = world.fixture.core.addUser().add(admin, new NewUser("rita@contosoltd.example", "Rita",
                java.util.Set.of(com.actionpack.core.account.Role.READER)));
        try (ConsoleHarness console = world.open(AuditScreen.factory(world.fixture.core, Actor.console(reader.id())))) {
            assertTrue(console.text().contains("You need the Global admin, Account admin or Operator role"), console.text());
        }
    }
}

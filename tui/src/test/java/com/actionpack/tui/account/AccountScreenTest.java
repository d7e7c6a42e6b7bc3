package com.actionpack.tui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.Actor;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountScreenTest {

    private final ScreenWorld world = new ScreenWorld(LocalDate.of(2026, 3, 10));

    static void downTo(ConsoleHarness console, String selected) {
        if (!console.shows("> " + selected)) {
            console.press(KeyType.Home);
        }
        for (int i = 0; i < 60 && !console.shows("> " + selected); i++) {
            console.press(KeyType.ArrowDown);
        }
        assertTrue(console.shows("> " + selected), console.text());
    }

    @Test
    @DisplayName("R1, R2: the legal profile shows its verification status and note")
    void showsProfile() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("Contoso Ltd"), console.text());
            assertTrue(console.shows("1 Main Street, 12345 Springfield, US"));
            assertTrue(console.shows("Verification: VERIFIED"));
            assertTrue(console.shows("AI Cloud Partner Program: enrolled on 2026-03-10"));
            assertTrue(console.showsRow("admin@contosoltd.example", "Ada Admin", "Global admin"), console.text());
        }
    }

    @Test
    @DisplayName("R3: Enroll joins the AI Cloud Partner Program")
    void enroll() {
        Setup setup = world.fixture.newAccount("Fabrikam Inc", "DE");
        Actor admin = Actor.console(setup.globalAdmin().id());
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("AI Cloud Partner Program: not enrolled"), console.text());
            assertTrue(console.shows("> [Enroll]"), console.text());
            console.press(KeyType.Enter);
            assertTrue(console.shows("Enrollment is recorded"), console.text());
            console.press(KeyType.Enter); // Cancel has the focus: nothing happens
            assertTrue(console.shows("AI Cloud Partner Program: not enrolled"), console.text());
            console.press(KeyType.Enter).press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("AI Cloud Partner Program: enrolled on 2026-03-10"), console.text());
            assertFalse(console.shows("[Enroll]"));
        }
        assertTrue(world.fixture.core.accountQueries().account(admin).isEnrolled());
    }

    @Test
    @DisplayName("R2: the edit form warns first, and saving a changed profile sends verification back to pending")
    void editProfileGoesPending() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            downTo(console, "[Edit profile]");
            console.press(KeyType.Enter);
            assertTrue(console.text().contains("sends verification back to PENDING"), console.text());
            console.press(KeyType.End).type(" Group");
            for (int i = 0; i < 8; i++) {
                console.press(KeyType.Enter);
            }
            console.press(KeyType.Enter);
            assertTrue(console.shows("Contoso Ltd Group"), console.text());
            assertTrue(console.shows("Verification: PENDING"), console.text());
            assertTrue(console.shows("Note: Profile changed on 2026-03-10; verification restarted."), console.text());
        }
        assertEquals(VerificationStatus.PENDING, world.fixture.core.accountQueries().account(admin).verification());
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "'" + part + "' after position " + at + " in:\n" + text);
            at = next;
        }
    }

    @Test
    @DisplayName("R1 R2: saving a profile with several bad fields lists every one at once, in form order, in core's words, cursor on the first")
    void editProfileListsEveryProblem() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            downTo(console, "[Edit profile]");
            console.press(KeyType.Enter);
            console.ctrl('u').press(KeyType.Enter);                       // Legal name: blank
            console.ctrl('u').press(KeyType.Enter);                       // Street: blank
            console.press(KeyType.Enter).press(KeyType.Enter);            // City, Postal code
            console.ctrl('u').type("XX").press(KeyType.Enter);            // Country (ISO)
            console.press(KeyType.Enter);                                 // Contact name
            console.ctrl('u').type("not-an-email").press(KeyType.Enter);  // Contact email
            console.ctrl('u').press(KeyType.Enter);                       // Contact phone: blank is fine
            console.press(KeyType.Enter);                                 // the button
            String text = console.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("Edit legal profile: 4 fields to fix"), console.text());
            assertInOrder(text, "* Legal name is required: fill it in.", "* Street is required: fill it in.",
                    "* Country (ISO) 'XX' is not an ISO 3166 country code",
                    "* Contact email 'not-an-email' is not an email address");
            console.press(KeyType.Enter); // OK
            assertTrue(console.text().replaceAll("\\s+", " ").contains("4 fields to fix, each listed in the window;"
                    + " the cursor is on the first, Legal name."), console.text());
            console.type("Contoso Fixed");
            assertTrue(console.showsRow("Legal name:", "Contoso Fixed"), console.text());
        }
        assertEquals("Contoso Ltd", world.fixture.core.accountQueries().account(admin).profile().legalName(),
                "nothing saved");
    }

    @Test
    @DisplayName("R2: an appeal with a blank city, comment and document reference lists the three at once, profile field first")
    void appealListsEveryProblem() {
        Actor admin = Actor.console(world.fixture.newAccount("Contoso Ltd", "US").globalAdmin().id());
        long accountId = world.fixture.core.accountQueries().account(admin).id();
        world.fixture.core.decideVerification().decide(world.fixture.operator(), new VerificationDecision(accountId,
                VerificationStatus.REJECTED, "Address does not match the registry"));
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            downTo(console, "[Appeal]");
            console.press(KeyType.Enter);
            console.press(KeyType.Enter).press(KeyType.Enter);            // Legal name, Street
            console.ctrl('u');                                            // City: blank
            for (int i = 0; i < 9; i++) {                                 // past Comment and Document (blank) to the button, pressed
                console.press(KeyType.Enter);
            }
            String text = console.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("Appeal rejection: 3 fields to fix"), console.text());
            assertInOrder(text, "* City is required: fill it in.", "* Comment is required: fill it in.",
                    "* Document ref is required: fill it in.");
        }
        assertEquals(VerificationStatus.REJECTED, world.fixture.core.accountQueries().account(admin).verification());
    }

    @Test
    @DisplayName("R2: a Reader asks to edit the profile: core's reason on the message line, no form opens")
    void readerGetsNoProfileForm() {
        Actor admin = world.readyAdmin();
        world.fixture.core.addUser().add(admin, new com.actionpack.core.usecase.account.NewUser("rea@contoso.example",
                "Rea", Set.of(Role.READER)));
        Actor reader = Actor.console(world.fixture.store.users.findByEmail("rea@contoso.example").orElseThrow().id());
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, reader))) {
            downTo(console, "[Edit profile]");
            console.press(KeyType.Enter);
            String text = console.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("Edit profile: not possible. You need the"), console.text());
            assertFalse(text.contains("sends verification back to PENDING"), console.text());
            assertEquals(1, console.gui().getWindows().size());
        }
    }

    @Test
    @DisplayName("R2: leaving the edit form with changes asks first")
    void leavingEditAsks() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            downTo(console, "[Edit profile]");
            console.press(KeyType.Enter).press(KeyType.End).type("x").press(KeyType.Escape);
            assertTrue(console.text().contains("not saved"), console.text());
        }
    }

    @Test
    @DisplayName("R2: a rejected profile is appealed with a comment and a document reference, back to pending")
    void appeal() {
        // R2: an operator decides a pending profile (a new account's), here rejecting it.
        Actor admin = Actor.console(world.fixture.newAccount("Contoso Ltd", "US").globalAdmin().id());
        long accountId = world.fixture.core.accountQueries().account(admin).id();
        world.fixture.core.decideVerification().decide(world.fixture.operator(), new VerificationDecision(accountId,
                VerificationStatus.REJECTED,
                "Address does not match the registry"));
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("Verification: REJECTED"), console.text());
            assertTrue(console.shows("Note: Address does not match the registry"));
            downTo(console, "[Appeal]");
            console.press(KeyType.Enter);
            for (int i = 0; i < 8; i++) {
                console.press(KeyType.Enter);
            }
            console.type("Registry updated").press(KeyType.Enter).type("DOC-77").press(KeyType.Enter).press(KeyType.Enter);
            assertTrue(console.shows("Verification: PENDING"), console.text());
            assertTrue(console.shows("Appeal: Registry updated (document DOC-77)"), console.text());
        }
    }

    @Test
    @DisplayName("R4 R4a: revoking the last Global admin, or granting Operator, is not offered; the screen says why and what to do")
    void lastGlobalAdmin() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            downTo(console, "admin@contosoltd.example");
            console.press(KeyType.Enter);
            assertTrue(console.shows("[x] Global admin   (not offered: see below)"), console.text());
            assertTrue(console.shows("[ ] Operator   (not offered: see below)"), console.text());
            assertFalse(console.text().contains("(Enter revokes)") && console.text().contains("Global admin   (Enter"),
                    console.text());
            String text = console.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("admin@contosoltd.example is the account's last Global admin."), text);
            assertTrue(text.contains("Grant Global admin to another user first."), text);
        }
        assertTrue(world.fixture.core.accountQueries().me(admin).has(Role.GLOBAL_ADMIN));
    }

    @Test
    @DisplayName("R4: a Global admin adds a user and grants a role; a Reader is refused for missing role")
    void addUserGrantAndMissingRole() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            downTo(console, "[Add user]");
            console.press(KeyType.Enter).type("rita@contosoltd.example").press(KeyType.Enter).type("Rita Reader")
                    .press(KeyType.Enter).press(KeyType.Enter).press(KeyType.Enter);
            assertTrue(console.showsRow("rita@contosoltd.example", "Rita Reader", "Reader"), console.text());
            downTo(console, "rita@contosoltd.example");
            console.press(KeyType.Enter);
            downTo(console, "[ ] Billing admin");
            console.press(KeyType.Enter);
            assertTrue(console.shows("[x] Billing admin"), console.text());
        }
        User rita = world.fixture.core.accountQueries().users(admin).stream()
                .filter(u -> u.email().equals("rita@contosoltd.example")).findFirst().orElseThrow();
        assertEquals(Set.of(Role.READER, Role.BILLING_ADMIN), rita.roles());

        Actor reader = Actor.console(rita.id());
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, reader))) {
            downTo(console, "rita@contosoltd.example");
            console.press(KeyType.Enter);
            // R4: core says a Reader may change no role, so no role is offered; the screen says why.
            assertTrue(console.shows("[ ] Account admin   (not offered: see below)"), console.text());
            String text = console.text().replaceAll("[\\s│]+", " ");
            assertTrue(text.contains("Only a Global admin or Account admin may grant or revoke Account admin."), text);
        }
    }

    @Test
    @DisplayName("R4: an unknown role typed in the add form is one error line naming the roles")
    void unknownRole() {
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(AccountScreen.factory(world.fixture.core, admin))) {
            downTo(console, "[Add user]");
            console.press(KeyType.Enter).type("x@contosoltd.example").press(KeyType.Enter).type("X")
                    .press(KeyType.Enter).type(", Boss").press(KeyType.Enter).press(KeyType.Enter);
            assertTrue(console.shows("Unknown role \"Boss\""), console.text());
        }
        assertEquals(1, world.fixture.core.accountQueries().users(admin).size());
    }
}

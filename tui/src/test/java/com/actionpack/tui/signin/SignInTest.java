package com.actionpack.tui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.common.Actor;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.tui.form.Snapshots;
import com.actionpack.tui.menu.ComingSoonScreen;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignInTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final List<Actor> signedIn = new ArrayList<>();

    /** Stands in for the main menu: records who signed in. */
    private Function<Actor, ScreenFactory> next() {
        return actor -> {
            signedIn.add(actor);
            return shell -> new ComingSoonScreen(Workspace.MEMBERSHIP);
        };
    }

    @Test
    @DisplayName("R1, R4: first run on an empty database creates the account and its Global admin, who is signed in")
    void firstRun() {
        ScreenWorld world = new ScreenWorld(TODAY);
        try (ConsoleHarness console = world.open(SignIn.factory(world.fixture.core, next()))) {
            String form = Snapshots.save("first-run", console);
            assertTrue(form.contains("First run"), form);
            for (String value : List.of("Contoso Ltd", "1 Main Street", "Springfield", "12345", "US", "Pat Doe",
                    "pat@contoso.example", "+1 555 0100", "ada@contoso.example", "Ada Admin")) {
                console.type(value).press(KeyType.Tab);
            }
            console.press(KeyType.Enter);
            assertEquals(1, signedIn.size(), console.text());
            User admin = world.fixture.core.accountQueries().me(signedIn.get(0));
            assertEquals("ada@contoso.example", admin.email());
            assertEquals(Set.of(Role.GLOBAL_ADMIN), admin.roles());
            assertEquals("Contoso Ltd", world.fixture.core.accountQueries().account(signedIn.get(0)).profile().legalName());
            assertTrue(console.line(0).contains("Membership"), console.text());
            assertTrue(console.line(0).contains("ada@contoso.example"), "the title bar names who is signed in: "
                    + console.line(0));
        }
    }

    @Test
    @DisplayName("R1: a bad country code is one line saying what to type, and nothing is created")
    void firstRunBadInput() {
        ScreenWorld world = new ScreenWorld(TODAY);
        try (ConsoleHarness console = world.open(SignIn.factory(world.fixture.core, next()))) {
            for (String value : List.of("Contoso Ltd", "1 Main Street", "Springfield", "12345", "USA", "Pat Doe",
                    "pat@contoso.example", "", "ada@contoso.example", "Ada Admin")) {
                console.type(value).press(KeyType.Tab);
            }
            console.press(KeyType.Enter);
            String text = Snapshots.save("first-run-bad", console);
            assertTrue(text.contains("Country (ISO code) 'USA' is not a two-letter code: type"), text);
            assertTrue(signedIn.isEmpty());
            assertFalse(world.fixture.core.createAccount().anyAccount());
        }
    }

    @Test
    @DisplayName("R1: an empty first-run form lists every invalid field at once, in form order, cursor on the first")
    void firstRunEveryProblemAtOnce() {
        ScreenWorld world = new ScreenWorld(TODAY);
        try (ConsoleHarness console = world.open(SignIn.factory(world.fixture.core, next()))) {
            for (int i = 0; i < 10; i++) {
                console.press(KeyType.Tab);
            }
            console.press(KeyType.Enter);
            String text = Snapshots.save("first-run-empty", console);
            assertTrue(text.contains("8 fields to fix"), text);
            int company = text.indexOf("* Legal company name");
            int street = text.indexOf("* Street");
            int country = text.indexOf("* Country");
            assertTrue(company >= 0 && company < street && street < country, "in form order:\n" + text);
            console.press(KeyType.Enter); // OK
            console.type("Acme q");
            assertTrue(console.text().matches("(?s).*Legal company name: +Acme q\n.*"), "cursor on the first field, q typed:\n"
                    + console.text());
            assertFalse(world.fixture.core.createAccount().anyAccount());
        }
    }

    @Test
    @DisplayName("R1: XX is no ISO 3166 country and abc is no phone number: both listed, nothing created")
    void firstRunCountryAndPhoneChecked() {
        ScreenWorld world = new ScreenWorld(TODAY);
        try (ConsoleHarness console = world.open(SignIn.factory(world.fixture.core, next()))) {
            for (String value : List.of("Contoso Ltd", "1 Main Street", "Springfield", "12345", "XX", "Pat Doe",
                    "pat@contoso.example", "abc", "ada@contoso.example", "Ada Admin")) {
                console.type(value).press(KeyType.Tab);
            }
            console.press(KeyType.Enter);
            String text = Snapshots.save("first-run-xx-abc", console).replaceAll("[\\s│]+", " ");
            assertTrue(text.contains("'XX' is not an ISO 3166 country code"), text);
            assertTrue(text.contains("'abc' is not a phone number"), text);
            assertTrue(!text.contains("in XX"), "XX is no country: the message names none:\n" + text);
            assertFalse(world.fixture.core.createAccount().anyAccount());
        }
    }

    @Test
    @DisplayName("R4: sign-in lists every user with email, name and roles; Enter signs the chosen one in; names are escaped")
    void signIn() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Setup setup = world.fixture.newAccount("Contoso Ltd", "US");
        Actor admin = Actor.console(setup.globalAdmin().id());
        User billing = world.fixture.core.addUser().add(admin, new NewUser("bill@contoso.example", "Bill\u001b[2JPayer",
                Set.of(Role.BILLING_ADMIN)));
        try (ConsoleHarness console = world.open(SignIn.factory(world.fixture.core, next()))) {
            String text = Snapshots.save("sign-in", console);
            assertTrue(text.contains("admin@contosoltd.example"), text);
            assertTrue(text.contains("Global admin"), text);
            assertTrue(text.contains("Bill^[[2JPayer"), text);
            assertTrue(text.contains("Billing admin"), text);
            assertFalse(text.contains("\u001b"), text);
            console.press(KeyType.ArrowDown).press(KeyType.Enter);
            assertEquals(List.of(Actor.console(billing.id())), signedIn);
            assertTrue(console.line(0).contains("bill@contoso.example"), "the title bar names who is signed in: "
                    + console.line(0));
        }
    }

    @Test
    @DisplayName("Issue 12: / filters the sign-in list; Enter signs in the user shown")
    void slashFiltersTheSignInList() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Setup setup = world.fixture.newAccount("Contoso Ltd", "US");
        Actor admin = Actor.console(setup.globalAdmin().id());
        User billing = world.fixture.core.addUser().add(admin, new NewUser("bill@contoso.example", "Bill Payer",
                Set.of(Role.BILLING_ADMIN)));
        try (ConsoleHarness console = world.open(SignIn.factory(world.fixture.core, next()))) {
            console.type("/").type("bill").press(KeyType.Enter);
            String text = console.text();
            assertTrue(text.contains("Filter \"bill\": "), text);
            assertFalse(text.contains("admin@contosoltd.example"), text);
            console.press(KeyType.Enter);
            assertEquals(List.of(Actor.console(billing.id())), signedIn);
        }
    }

    @Test
    @DisplayName("R4: at 80x24 the sign-in list is a table: whole emails under Email, a Company column, nothing cut without an ellipsis")
    void signInTableAt80x24() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Setup setup = world.fixture.newAccount("Contoso Worldwide Partners, Inc.", "US");
        Actor admin = Actor.console(setup.globalAdmin().id());
        String longEmail = "billing.administrator@contoso-worldwide-demo.example";
        world.fixture.core.addUser().add(admin, new NewUser(longEmail, "Bill Billing",
                Set.of(Role.BILLING_ADMIN, Role.ACCOUNT_ADMIN)));
        try (ConsoleHarness console = world.open(SignIn.factory(world.fixture.core, next()))) {
            String text = Snapshots.save("sign-in-table", console);
            int header = console.rowOfCells("Email", "Name", "Roles", "Company");
            assertTrue(header > 0, "a header names every column:\n" + text);
            int row = console.rowOf(longEmail + " ");
            assertTrue(row > header, "the email is shown whole:\n" + text);
            String line = console.line(row);
            assertEquals(console.line(header).indexOf("Name"), line.indexOf("Bill Bill"), "columns line up:\n" + text);
            assertTrue(line.contains("Contos") && line.stripTrailing().endsWith("…"),
                    "the long company name gives way, with an ellipsis:\n" + text);
            assertEquals(List.of(), console.cutLines(), "nothing reaches column 80 without an ellipsis:\n" + text);
        }
    }
}

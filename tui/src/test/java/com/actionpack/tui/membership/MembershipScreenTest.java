package com.actionpack.tui.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.common.Actor;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.tui.form.Snapshots;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MembershipScreenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("R6: a disabled Buy now lists every reason together: not enrolled, not verified, missing role")
    void disabledBuyListsEveryReason() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Setup setup = world.fixture.newAccount("Contoso Ltd", "US");
        Actor admin = Actor.console(setup.globalAdmin().id());
        long readerId = world.fixture.core.addUser().add(admin, new NewUser("rita@contoso.example", "Rita Reader",
                Set.of(Role.READER))).id();
        Actor reader = Actor.console(readerId);
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, reader))) {
            String card = Snapshots.save("membership-disabled", console);
            assertTrue(card.contains("Buy now (disabled)"), card);
            assertTrue(card.contains("disabled for 3 reasons"), card);
            assertTrue(card.contains("NOT ENROLLED"), card);
            assertTrue(card.contains("Verification: PENDING"), card);
            console.type("w");
            String text = Snapshots.save("membership-why", console);
            assertTrue(text.contains("Why is Buy now disabled?"), text);
            assertTrue(text.contains("not joined the AI Cloud Partner"), text);
            assertTrue(text.contains("waiting for verification"), text);
            assertTrue(text.contains("MPN Partner admin role"), text);
            assertTrue(text.contains("Join it from Account and users"), "each reason says what to do:\n" + text);
        }
    }

    @Test
    @DisplayName("An emoji and a long CJK legal name at 80 columns: named, not '?', and nothing pushed off the line")
    void emojiAndLongCjkNameFitEightyColumns() {
        ScreenWorld world = new ScreenWorld(TODAY);
        String name = "Contoso 株式会社コントソ・グローバル・パートナーズ・ソリューションズ東京本社 \uD83D\uDE00 "
                + "\uD83D\uDC69\u200D\uD83D\uDCBB";
        Actor admin = world.fixture.readyAccount(name, "US");
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("membership-cjk-emoji", console);
            assertTrue(text.contains(":grinning face:"), text);
            assertTrue(text.contains(":woman+personal computer:"), text);
            assertTrue(text.contains("PartnerID"), text);
            assertFalse(String.join("\n", console.lines().subList(0, 22)).contains("?"), text);
            assertEquals(java.util.List.of(), console.cutLines(), text);
        }
    }

    @Test
    @DisplayName("R6: a ready account sees Buy now enabled and no reasons")
    void readyAccountMayBuy() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("membership-ready", console);
            assertTrue(text.contains("< Buy now >") || text.contains("<Buy now>") || text.contains("Buy now"), text);
            assertFalse(text.contains("(disabled)"), text);
            assertTrue(text.contains("USD 475.00"), text);
            assertTrue(text.contains("No current membership"), text);
        }
    }

    @Test
    @DisplayName("R11, R12: at 120x40 the current term shows membership end (anniversary), renewal window and benefits end")
    void currentTermDatesAtLargeSize() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        try (ConsoleHarness console = world.open(120, 40, MembershipScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("membership-term-120x40", console);
            assertTrue(text.contains("Current term 1: ACTIVE since 2026-03-02"), text);
            assertTrue(text.contains("Membership end (anniversary): 2027-03-02"), text);
            assertTrue(text.contains("Renewal window:               2027-03-02 to 2027-04-01"), text);
            assertTrue(text.contains("Benefits end:                 2027-04-01"), text);
            assertTrue(text.contains("Renew (disabled)"), text);
            console.type("w");
            assertTrue(console.text().contains("Renewal opens on 2027-03-02"), console.text());
        }
    }

    @Test
    @DisplayName("R11: in the renewal window the card offers Renew")
    void renewInTheWindow() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        world.fixture.clock.setDate(LocalDate.of(2027, 3, 10));
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            String text = console.text();
            assertTrue(text.contains("<Renew>"), "a button is as wide as its label, not padded to <Renew >: " + text);
            assertFalse(text.contains("(disabled)"), text);
            assertTrue(text.contains("Renewal:                      23 days left to renew, through 2027-04-01"), text);
        }
    }

    @Test
    @DisplayName("R22: from AD - 30 the term says how many days remain until the window opens, in core's count")
    void daysUntilTheWindow() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        world.fixture.clock.setDate(LocalDate.of(2027, 2, 1));
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            String text = console.text();
            assertTrue(text.contains("Renewal:                      window opens in 29 days, on 2027-03-02"), text);
        }
        world.fixture.clock.setDate(LocalDate.of(2027, 1, 30));
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            assertFalse(console.text().contains("Renewal: "), "AD - 31: nothing yet\n" + console.text());
        }
    }

    @Test
    @DisplayName("Database text with ESC sequences is shown escaped, never sent to the terminal")
    void escapesDatabaseText() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Setup setup = world.fixture.core.createAccount().create(new com.actionpack.core.account.NewAccount(
                CoreFixture.profile("Evil\u001b[31mCorp\u001b[2J", "US"), "eve@evil.example", "Eve"));
        Actor admin = Actor.console(setup.globalAdmin().id());
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("membership-escaped", console);
            assertTrue(text.contains("Evil^[[31mCorp^[[2J"), text);
            assertFalse(text.contains("\u001b"), text);
        }
    }

    @Test
    @DisplayName("The membership workspaces plug into the main menu: Membership and Bills and payments")
    void workspaces() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        assertEquals(Set.of(Workspace.MEMBERSHIP, Workspace.BILLS),
                MembershipWorkspaces.screens(world.fixture.core, admin).keySet());
    }

    @Test
    @DisplayName("R7, R8, R9: a newcomer buys by card from the offer card and sees the receipt with the invoice")
    void newcomerBuysByCard() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter);                       // Buy now
            assertTrue(console.line(0).contains("Buy"), console.text());
            Snapshots.save("purchase-pane", console);
            console.type(" ");                                  // tick the agreement
            console.press(KeyType.Tab).press(KeyType.Enter);   // Accept agreement & place order
            assertTrue(console.line(0).contains("Payment"), console.text());
            console.press(KeyType.Tab).type("4111 1111 1111 1111");
            console.press(KeyType.Tab).type("12/39");
            console.press(KeyType.Tab).type("123");
            Snapshots.save("payment-card", console);
            assertTrue(console.shows("**** **** **** 1111"), console.text());
            assertFalse(console.shows("4111 1111"), "the number is masked as typed:\n" + console.text());
            assertFalse(console.shows("123"), "the CVV is masked:\n" + console.text());
            console.press(KeyType.Tab).press(KeyType.Enter);   // Proceed
            String confirm = Snapshots.save("payment-confirm", console);
            assertTrue(confirm.contains("Pay USD 475.00"), confirm);
            console.press(KeyType.Tab).press(KeyType.Enter);   // Pay USD 475.00
            String receipt = Snapshots.save("receipt-card", console);
            assertTrue(console.line(0).contains("Receipt"), receipt);
            assertTrue(receipt.contains("is paid"), receipt);
            assertTrue(receipt.contains("Invoice:  INV-00000001 issued 2026-03-02"), receipt);
            assertTrue(receipt.contains("Visa ending 1111"), receipt);
            assertTrue(receipt.contains("Membership end (anniversary): 2027-03-02"), receipt);
            console.press(KeyType.Escape);
            assertTrue(console.line(0).contains("Membership"), console.text());
            assertTrue(console.shows("Current term 1: ACTIVE"), console.text());
        }
    }

    @Test
    @DisplayName("R11 R12: at 80x24 the current term has its one-line timeline with today marked, nothing cut")
    void timelineAt80x24() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        world.fixture.clock.setDate(TODAY.plusDays(100));
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("membership-timeline", console);
            assertTrue(java.util.regex.Pattern.compile("(?m)^ 2026-03-02 \\[=+@=+\\|~+\\] 2027-04-01$").matcher(text).find(),
                    text);
            assertTrue(text.contains("@ today " + TODAY.plusDays(100)), text);
            assertTrue(text.contains(" purchase ") && text.contains("benefits end"), text);
            assertEquals(List.of(), console.cutLines(), text);
        }
    }

    @Test
    @DisplayName("R11 R12: after expiry Membership shows the history: each term's dates and how it ended")
    void historyAfterExpiry() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        world.fixture.clock.setDate(LocalDate.of(2027, 5, 1));
        try (ConsoleHarness console = world.open(MembershipScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("membership-history", console);
            assertTrue(text.contains("No current membership."), text);
            assertTrue(text.contains("Membership history"), text);
            assertTrue(console.showsRow("Term", "Started", "Anniversary", "Benefits end", "How it ended"), text);
            assertTrue(console.showsRow("1", "2026-03-02", "2027-03-02", "2027-04-01"), text);
            assertTrue(text.contains("not renewed"), text);
            assertEquals(List.of(), console.cutLines(), text);
        }
    }
}

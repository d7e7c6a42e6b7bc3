package com.actionpack.tui.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.Membership;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import com.actionpack.tui.form.Snapshots;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenefitsScreenTest {

    private final ScreenWorld world = new ScreenWorld(LocalDate.of(2026, 3, 10));
    private final Actor admin = world.readyAdmin();

    private void boughtAndProvisioned() {
        world.fixture.buyByCard(admin);
        world.fixture.clock.advance(Duration.ofHours(24));
    }

    private Membership membership() {
        return world.fixture.core.benefits().overview(admin).membership().orElseThrow();
    }

    @Test
    @DisplayName("R16: benefits show as provisioning with the time they will be available, then the choice after 24 hours")
    void provisioningThenAvailable() {
        world.fixture.buyByCard(admin);
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("Benefits are being provisioned"), console.text());
            assertTrue(console.text().replaceAll("\\s+", " ").contains("2026-03-11 12:00 UTC"), console.text());
            assertFalse(console.shows("Choose MAPS"));

            world.fixture.clock.advance(Duration.ofHours(24));
            console.type("r");
            assertTrue(console.shows("Benefits are available"), console.text());
            assertTrue(console.shows("Choose MAPS: Microsoft Action Pack Subscription"), console.text());
            assertTrue(console.shows("Choose LAPS: Learning Action Pack Subscription"), console.text());
        }
    }

    @Test
    @DisplayName("R16: without a membership the screen says there are no benefits and how to get them")
    void noMembership() {
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("There is no current Action Pack membership"), console.text());
        }
    }

    @Test
    @DisplayName("R17: choosing MAPS asks first, warns it cannot be changed until renewal, then is not offered again")
    void chooseMapsOnce() {
        boughtAndProvisioned();
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter);
            assertTrue(console.text().contains("cannot be changed until your next renewal"), console.text());
            console.press(KeyType.Enter); // Cancel has the focus: nothing chosen
            assertTrue(membership().chosenPack().isEmpty());
            assertTrue(console.shows("Choose MAPS"));

            console.press(KeyType.Enter).press(KeyType.Tab).press(KeyType.Enter);
            assertEquals(BenefitPack.MAPS, membership().pack());
            assertTrue(console.shows("Benefit pack: MAPS"), console.text());
            assertFalse(console.shows("Choose MAPS"));
            assertFalse(console.shows("Choose LAPS"));
        }
    }

    @Test
    @DisplayName("R17, R18: the choice lists both catalogs to compare, LAPS included")
    void choiceShowsBothCatalogs() {
        boughtAndProvisioned();
        try (ConsoleHarness console = world.open(120, 120, BenefitsScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("MAPS catalog: Microsoft Action Pack Subscription"), console.text());
            assertTrue(console.shows("LAPS catalog: Learning Action Pack Subscription"), console.text());
            assertTrue(console.showsRow("Services: Technical Journeys", "Five hours"), console.text());
        }
    }

    @Test
    @DisplayName("R17, R18: at 80x24 the whole catalog below the choice can be read by scrolling, and back to the choice")
    void catalogsReachableAt80x24() {
        boughtAndProvisioned();
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            assertFalse(console.shows("LAPS catalog"));
            console.press(KeyType.End);
            assertTrue(console.showsRow("Support: Product Support Incidents", "10"), console.text());
            console.press(KeyType.PageUp);
            assertTrue(console.shows("Microsoft Visio Professional"), console.text());
            assertFalse(console.shows("LAPS catalog"), console.text());
            console.press(KeyType.Home);
            assertTrue(console.shows("> Choose MAPS"), console.text());
        }
    }

    @Test
    @DisplayName("R18: the source's two groups headed \"Data and AI\" show under that heading once, in order, with used and left")
    void mapsGroups() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        try (ConsoleHarness console = world.open(120, 120, BenefitsScreen.factory(world.fixture.core, admin))) {
            List<String> lines = console.lines().stream().map(String::strip).toList();
            List<Integer> dataAndAi = rowsEqual(lines, "Data and AI");
            assertEquals(1, dataAndAi.size(), "issue 12: one heading, not the same one twice:\n" + console.text());
            int sqlServer = console.rowOf("Microsoft SQL Server 2019 Standard (per core)");
            int ems = console.rowOf("Enterprise Mobility Suite");
            assertTrue(dataAndAi.get(0) < sqlServer && sqlServer + 1 == ems, console.text());
            assertFigures(console, "Azure AD Basic", "Cloud Service", "5", "[-----]", "0", "5");
            assertTrue(console.shows("Apps and infrastructure"));
            assertTrue(console.shows("Business applications"));
        }
    }

    /** A benefit is one row of the table: name, type, offer, the used/left bar, used and left (R19). */
    private static void assertFigures(ConsoleHarness console, String... cells) {
        assertTrue(console.showsRow(cells), String.join(" ", cells) + "\n" + console.text());
    }

    private static List<Integer> rowsEqual(List<String> lines, String text) {
        return java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).equals(text)).boxed().toList();
    }

    @Test
    @DisplayName("R19: redeeming the last unit works, one more is refused with its reason and what to do")
    void redeemLastUnitThenRefused() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("> Azure AD Basic"), console.text());
            console.press(KeyType.Enter);
            assertTrue(console.shows("Tenant or user"), console.text());
            console.type("5").press(KeyType.Enter).type("contoso.onmicrosoft.com").press(KeyType.Enter)
                    .press(KeyType.Enter);
            assertTrue(console.shows("ends the right to cancel"), console.text());
            console.press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Redeemed 5 of Azure AD Basic"), console.text());
            assertFigures(console, "Azure AD Basic", "Cloud Service", "5", "[#####]", "5", "0");

            console.press(KeyType.Enter);
            console.type("1").press(KeyType.Enter).type("contoso.onmicrosoft.com").press(KeyType.Enter)
                    .press(KeyType.Enter).press(KeyType.Tab).press(KeyType.Enter);
            // Core's may-I says it before any form opens: one reason, on the message line (wrapped).
            String text = console.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("Only 0 of 5 left for Azure AD Basic."), text);
            assertTrue(text.contains("This benefit is fully redeemed for this term."), text);
        }
        assertEquals(1, world.fixture.core.benefits().overview(admin).redemptions().size());
    }

    @Test
    @DisplayName("R19: more than is left, or -1, is refused before any confirmation; nothing left opens no form")
    void redeemCheckedBeforeConfirmation() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.fixture.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 2, "t.example"));
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter);
            console.type("4").press(KeyType.Enter).type("t.example").press(KeyType.Enter).press(KeyType.Enter);
            String text = console.text();
            assertTrue(text.contains("Only 3 of 5 left for Azure AD Basic."), text);
            assertFalse(text.contains("Redeem 4 of"), "no confirmation of what core refuses:\n" + text);
            // Core's refusal is the Quantity field's: the cursor is back there, so typing replaces it.
            console.ctrl('u').type("-1").press(KeyType.Tab, KeyType.Tab).press(KeyType.Enter);
            text = console.text();
            assertTrue(text.contains("Quantity must be at least 1, not -1: type a whole number of 1 or more."), text);
            assertFalse(text.contains("Quantity: quantity"), "one sentence, the field named once:\n" + text);
            assertFalse(text.contains("Redeem -1 of"), text);
        }
        world.fixture.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 3, "t.example"));
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter);
            String text = console.text();
            assertFalse(text.contains("Tenant or user"), "no Redeem form when nothing is left:\n" + text);
            assertTrue(text.contains("This benefit is fully redeemed for this term."), text);
        }
    }

    @Test
    @DisplayName("R18a R19, issue 12: an empty Redeem form lists Quantity and Tenant at once, in order, cursor on Quantity; a refusal puts it back there")
    void emptyRedeemFormListsEveryField() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.fixture.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 2, "t.example"));
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter).press(KeyType.Tab, KeyType.Tab).press(KeyType.Enter); // straight to <Redeem>
            String flat = console.text().replaceAll("[\\s│]+", " ");
            assertTrue(flat.contains("2 fields to fix"), flat);
            int quantity = flat.indexOf("* Quantity");
            int tenant = flat.indexOf("* Tenant or user is required");
            assertTrue(quantity >= 0 && tenant > quantity, "both fields, in form order:\n" + console.text());
            console.press(KeyType.Enter); // OK
            console.type("9");
            assertTrue(console.text().matches("(?s).*Quantity: +9\\s.*"), "cursor on Quantity:\n" + console.text());

            // Core's refusal after the fields pass ("Only 3 of 5 left"): the cursor goes to Quantity too.
            console.press(KeyType.Tab).type("t.example").press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Only 3 of 5 left for Azure AD Basic."), console.text());
            assertFalse(console.shows("Redeem 9 of"), console.text());
            console.ctrl('u').type("3");
            assertTrue(console.text().matches("(?s).*Quantity: +3\\s.*"), "cursor on Quantity:\n" + console.text());
            console.press(KeyType.Tab, KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Redeem 3 of Azure AD Basic?"), console.text());
            assertFalse(console.shows("Error:"), "the fixed field's error line is gone:\n" + console.text());
        }
    }

    @Test
    @DisplayName("R19: a quantity that is not a number is one error line, and nothing is redeemed")
    void badQuantity() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter).type("five").press(KeyType.Enter).type("t").press(KeyType.Enter)
                    .press(KeyType.Enter);
            assertTrue(console.shows("Quantity 'five' is not a whole number: type how many units to redeem"),
                    console.text());
        }
        assertTrue(world.fixture.core.benefits().overview(admin).redemptions().isEmpty());
    }

    @Test
    @DisplayName("R15, R19: showing a product key warns first that it ends the right to cancel; Cancel shows nothing")
    void productKeyWarning() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.fixture.core.benefits().redeem(admin, new RedeemBenefit("MAPS-04", 1, ""));
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            for (int i = 0; i < 39; i++) {
                console.press(KeyType.ArrowDown);
            }
            assertTrue(console.showsRow("> 2026-03-11", "R Server for SUSE Linux", "1", "product key hidden"), console.text());
            console.press(KeyType.Enter);
            assertTrue(console.text().contains("ends your right to cancel"), console.text());
            console.press(KeyType.Enter); // Cancel
            assertFalse(membership().productKeyViewed());

            console.press(KeyType.Enter).press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(membership().productKeyViewed());
            assertTrue(Pattern.compile("[B-Y2-9]{5}(-[B-Y2-9]{5}){4}").matcher(console.text()).find(), console.text());
        }
    }

    @Test
    @DisplayName("R13: an Office benefit's redemption shows its subscription end date, 365 days after activation")
    void officeEndDate() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.fixture.core.benefits().redeem(admin, new RedeemBenefit("MAPS-22", 2, "contoso.example"));
        try (ConsoleHarness console = world.open(120, 40, BenefitsScreen.factory(world.fixture.core, admin))) {
            for (int i = 0; i < 39; i++) {
                console.press(KeyType.ArrowDown);
            }
            assertTrue(console.showsRow("Microsoft Office 365 E3", "2", "for contoso.example; Office valid through 2027-03-11"),
                    console.text());
        }
    }

    @Test
    @DisplayName("Database text with ESC sequences is shown escaped, never sent to the terminal")
    void escapesDatabaseText() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.fixture.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 1, "evil\u001b[31mred"));
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            for (int i = 0; i < 39; i++) {
                console.press(KeyType.ArrowDown);
            }
            assertTrue(console.shows("for evil^[[31mred"), console.text());
            assertFalse(console.text().contains("\u001b"));
        }
    }

    @Test
    @DisplayName("R18 R19: at 80x24 the chosen catalog is one aligned table: words are never broken, nothing cut, the bar beside the numbers")
    void catalogTableAt80x24() {
        boughtAndProvisioned();
        world.fixture.core.benefits().choosePack(admin, BenefitPack.MAPS);
        try (ConsoleHarness console = world.open(BenefitsScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("benefits-table-80x24", console);
            int header = console.rowOfCells("Benefit", "Type", "Offer", "Usage", "Used", "Left");
            assertTrue(header > 0, text);
            assertTrue(console.showsRow("Microsoft Azure", "Cloud Service", "US$100 monthly", "[-----]", "0", "1"), text);
            int azure = console.rowOf("Microsoft Azure");
            assertTrue(console.line(azure + 1).strip().equals("credit"), "the offer wraps at a word: " + text);
            int used = console.line(header).indexOf("Used");
            assertEquals(console.line(header).indexOf("Usage"), console.line(azure).indexOf("[-----]"), text);
            assertTrue(used > 0, text);
            assertTrue(text.contains("MAPS in all: 39 benefits, 0 in use, 0 used up; [------] 0 of 240 units used"), text);
            assertEquals(List.of(), console.cutLines(), text);
        }
    }
}

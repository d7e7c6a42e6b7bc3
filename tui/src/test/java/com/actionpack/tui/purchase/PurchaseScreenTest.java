package com.actionpack.tui.purchase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.tui.form.Snapshots;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PurchaseScreenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** Opens the side pane, ticks the agreement and goes on to the payment dialog. */
    private static void toPayment(ConsoleHarness console) {
        console.type(" ");
        console.press(KeyType.Tab).press(KeyType.Enter);
    }

    @Test
    @DisplayName("R7 R7a: the side pane describes the subscription with the source's instructions, the price, the agreement's version and text and a link to the Terms of Participation guide")
    void sidePane() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            String text = Snapshots.save("purchase-side-pane", console);
            assertTrue(text.contains("entry level program for Services Partners"), text);
            assertTrue(text.contains("Some countries"), text);
            assertTrue(text.contains("[ ] I accept the agreement above, version 2026-11 (required)"), text);
            assertTrue(text.contains("Agreement 2026-11: My organization buys one Microsoft Action Pack"), text);
            assertTrue(text.contains("https://assetsprod.microsoft.com/mpn-maps-product-usage-guide.pdf"), text);
            assertTrue(text.contains("jumpstart") && text.contains("Global account."), "nothing cut:\n" + text);
            assertTrue(text.contains("Benefits may take up to 24 hours"), "nothing cut:\n" + text);
            assertTrue(text.contains("Accept agreement & place order"), text);
            assertTrue(text.contains("= USD 475.00"), text);
        }
    }

    @Test
    @DisplayName("R7: Accept agreement & place order without the checkbox ticked is refused with its reason")
    void agreementRequired() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Tab).press(KeyType.Enter);
            String text = Snapshots.save("purchase-no-agreement", console).replaceAll("\\s+", " ");
            assertTrue(text.contains("Place order: not possible. The agreement is not accepted."), text);
            assertTrue(text.contains("Tick the agreement checkbox"), text);
            assertTrue(world.fixture.core.billing().orders(admin).isEmpty(), "no order was placed");
        }
    }

    @Test
    @DisplayName("R8: a card with a bad number, a bad expiry month and a short CVV shows every problem at once")
    void badCardShowsEveryProblem() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            toPayment(console);
            console.press(KeyType.Tab).type("4111 1111 1111 1112");
            console.press(KeyType.Tab).type("13/29");
            console.press(KeyType.Tab).type("12");
            console.press(KeyType.Tab).press(KeyType.Enter);
            String text = Snapshots.save("payment-bad-card", console);
            assertTrue(text.contains("3 fields to fix"), text);
            assertTrue(text.indexOf("not valid (checksum)") < text.indexOf("expiry month must be 01 to 12")
                    && text.indexOf("expiry month must be 01 to 12") < text.indexOf("security code must be 3 digits"),
                    "in field order:\n" + text);
            assertFalse(text.contains("Charge"), "no confirmation for a card core refuses:\n" + text);
            // The cursor is back on the number to fix it, so it shows there; nowhere else.
            assertEquals(1, text.split("4111", -1).length - 1, text);
            assertTrue(console.line(console.rowOf("4111")).contains("Card number:"), text);
            console.press(KeyType.Enter); // OK
            console.type("9");
            assertTrue(console.shows("4111 1111 1111 1112 9"), "the cursor is on the card number:\n" + console.text());
            assertTrue(world.fixture.core.billing().orders(admin).isEmpty(), "no order was placed");
        }
    }

    @Test
    @DisplayName("R8: the card number shows grouped while it is typed and masked once the field is left")
    void cardNumberGroupedWhileTypingMaskedAfter() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            toPayment(console);
            console.press(KeyType.Tab).type("4111-1111 1111111");
            assertTrue(console.shows("4111 1111 1111 111 "), console.text());
            console.ctrl('u');
            assertFalse(console.shows("4111"), "Ctrl-U clears the card field:\n" + console.text());
            console.type("4111111111111111");
            console.press(KeyType.Tab);
            String text = Snapshots.save("payment-card-left", console);
            assertTrue(text.contains("**** **** **** 1111"), text);
            assertFalse(text.contains("4111"), text);
        }
    }

    @Test
    @DisplayName("R8: Proceed with an empty card form lists every field to fix and asks nothing")
    void emptyCardFormIsNotConfirmed() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            toPayment(console);
            console.press(KeyType.Tab, KeyType.Tab, KeyType.Tab, KeyType.Tab).press(KeyType.Enter);
            String text = Snapshots.save("payment-empty", console);
            assertFalse(text.contains("Charge"), text);
            assertFalse(text.contains("card ending"), text);
            String flat = text.replaceAll("[\\s│]+", " ");
            assertTrue(flat.contains("* The card number must be") && flat.contains("* The expiry date must be")
                    && flat.contains("* The security code must be"), "every field, one sentence each:\n" + text);
        }
    }

    @Test
    @DisplayName("R7: Enter on the agreement checkbox places the order, as the footer says; Space ticks it")
    void enterOnTheAgreementDoesWhatTheFooterSays() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.line(23).contains("Enter  Place order"), console.line(23));
            console.type(" ").press(KeyType.Enter);
            assertTrue(console.line(0).contains("Payment"), "Enter went on to payment:\n" + console.text());
        }
    }

    @Test
    @DisplayName("R8, issue 12: Enter on the payment-method radio does what the footer says (Proceed); Space chooses")
    void enterOnThePaymentMethodProceeds() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            toPayment(console);
            assertTrue(console.line(23).contains("Enter  Proceed"), console.line(23));
            assertTrue(console.shows("<o> Credit card"), console.text());
            console.press(KeyType.Enter); // the cursor is on the radio list
            String flat = console.text().replaceAll("[\\s│]+", " ");
            assertTrue(flat.contains("3 fields to fix"), "Enter proceeded (the empty card form is checked):\n" + console.text());
        }
    }

    @Test
    @DisplayName("R8, issue 12: a fixed card number clears its error line; it never stays under the charge confirmation")
    void fixedInputClearsItsErrorLine() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            toPayment(console);
            console.press(KeyType.Tab).type("4111111111111112").press(KeyType.Tab).type("12/30").press(KeyType.Tab)
                    .type("123").press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Error:"), console.text());
            assertTrue(console.text().contains("checksum"), console.text());
            // The cursor is on the card number, the field in error.
            console.ctrl('u').type("4111111111111111").press(KeyType.Tab, KeyType.Tab, KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Charge"), console.text());
            assertFalse(console.shows("Error:"), "stale error under the confirmation:\n" + console.text());
        }
    }

    @Test
    @DisplayName("R8: in a country without card payment the dialog offers wire transfer only")
    void countryWithoutCard() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.fixture.readyAccount("Infosys Partner", "IN");
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("wire transfer only"), console.text());
            toPayment(console);
            String text = Snapshots.save("payment-wire-only", console);
            assertTrue(text.contains("Wire transfer"), text);
            assertFalse(text.contains("Credit card  "), text);
            assertFalse(text.contains("Card number"), text);
            assertTrue(text.contains("Credit card is not offered in IN"), text);
        }
    }

    @Test
    @DisplayName("R8: a wire order shows the bank details, the exact amount and currency, the reference and the expiry")
    void wireInstructions() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        try (ConsoleHarness console = world.open(PurchaseScreen.factory(world.fixture.core, admin))) {
            toPayment(console);
            console.press(KeyType.ArrowDown).type(" ");        // choose Wire transfer
            assertFalse(console.shows("Card number"), console.text());
            console.press(KeyType.Tab).press(KeyType.Enter);   // Proceed
            assertTrue(console.shows("Place order for USD 475.00"), console.text());
            console.press(KeyType.Tab).press(KeyType.Enter);
            String text = Snapshots.save("receipt-wire", console);
            assertTrue(console.line(0).contains("Wire transfer instructions"), text);
            String number = world.fixture.core.billing().orders(admin).get(0).number();
            assertEquals(OrderStatus.AWAITING_PAYMENT, world.fixture.core.billing().orders(admin).get(0).status());
            assertTrue(text.contains("Amount to transfer: USD 475.00 (exactly, in USD)"), text);
            assertTrue(text.contains("Reference to quote: " + number + " / PartnerID"), text);
            assertTrue(text.contains("Pay by:             2026-04-01 (the last day"), text); // R8a: placed + 30, inclusive
            assertTrue(text.contains("SWIFT CTSOUS33"), text);
        }
    }
}

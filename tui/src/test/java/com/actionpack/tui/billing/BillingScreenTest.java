package com.actionpack.tui.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.tui.form.Snapshots;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BillingScreenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    /** Replaces the path the download prompt proposes with {@code path} and answers. */
    private static void answerPath(ConsoleHarness console, String path) {
        for (int i = 0; i < 300; i++) {
            console.press(KeyType.Backspace);
        }
        console.type(path).press(KeyType.Enter);
    }

    @Test
    @DisplayName("R9: the orders and invoices are listed; d downloads the selected invoice to a file read back whole")
    void downloadInvoice() throws IOException {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            String list = Snapshots.save("billing-list", console);
            assertTrue(list.contains("Credit card"), list);
            assertTrue(list.contains("PAID"), list);
            assertTrue(list.contains("INV-00000001"), list);
            assertTrue(list.contains("USD 475.00"), list);
            console.type("d");
            String prompt = Snapshots.save("billing-download-prompt", console);
            assertTrue(prompt.contains("INV-00000001.txt"), "a default file name is proposed:\n" + prompt);
            Path target = dir.resolve("invoice.txt");
            answerPath(console, target.toString());
            String text = Snapshots.save("billing-downloaded", console);
            assertTrue(text.contains("Saved " + target), text);
            String written = Files.readString(target);
            assertTrue(written.contains("INV-00000001"), written);
            assertTrue(written.contains("475.00"), written);
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(1, files.count(), "no temporary file is left behind");
            }
        }
    }

    @Test
    @DisplayName("A download onto an existing file asks first: Keep it leaves the file, Replace replaces it;"
            + " asked again on the next download")
    void downloadAsksBeforeReplacing() throws IOException {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        Path target = Files.writeString(dir.resolve("mine.txt"), "my own notes");
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            console.type("d");
            answerPath(console, target.toString());
            String asked = console.text();
            assertTrue(asked.contains("mine.txt exists. Replace it"), asked);
            console.press(KeyType.Enter);                       // "Keep it" has the focus
            assertTrue(console.text().contains("was kept as it was"), console.text());
            assertEquals("my own notes", Files.readString(target));

            console.type("d");
            answerPath(console, target.toString());
            assertTrue(console.text().contains("mine.txt exists. Replace it"), "asked again:\n" + console.text());
            console.press(KeyType.Tab).press(KeyType.Enter);   // "Replace"
            assertTrue(Files.readString(target).contains("INV-00000001"));
        }
    }

    @Test
    @DisplayName("R9: a download to a folder that does not exist writes nothing; the prompt stays open with the"
            + " typed path, the reason under it and the cursor in the field, so fixing it saves")
    void downloadToImpossiblePath() throws IOException {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByCard(admin);
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            Path impossible = dir.resolve("no-such-folder").resolve("INV-00000001.txt");
            console.type("d");
            answerPath(console, impossible.toString());
            String text = Snapshots.save("billing-download-failed", console);
            String flat = text.replaceAll("[\\s│]+", " ");
            assertEquals(impossible.toString(), ((com.googlecode.lanterna.gui2.TextBox) console.gui().getActiveWindow()
                    .getFocusedInteractable()).getText(), "what was typed stays, the cursor in the field:\n" + text);
            assertTrue(flat.contains("does not exist: type a file in a folder that exists"), text);
            assertTrue(console.shows("Download INV-00000001"), "the prompt is still open:\n" + text);
            assertFalse(Files.exists(impossible));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(0, files.count(), "nothing is written anywhere");
            }
            // The cursor is in the field: erasing the bad folder and answering again saves.
            for (int i = 0; i < "no-such-folder/INV-00000001.txt".length(); i++) {
                console.press(KeyType.Backspace);
            }
            console.type("INV-00000001.txt").press(KeyType.Enter);
            assertTrue(console.shows("Saved " + dir.resolve("INV-00000001.txt")), console.text());
            assertTrue(Files.readString(dir.resolve("INV-00000001.txt")).contains("INV-00000001"));
        }
    }

    @Test
    @DisplayName("R8: an order awaiting wire payment takes proof of payment")
    void uploadProof() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByWire(admin);
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.shows("AWAITING_PAYMENT"), console.text());
            console.press(KeyType.Enter);
            assertTrue(console.line(0).contains("Order"), console.text());
            Snapshots.save("wire-order", console);
            console.type("2026-03-02").press(KeyType.Tab).type("DE12 3456").press(KeyType.Tab).type("TX-778")
                    .press(KeyType.Tab).type("scan-1.pdf").press(KeyType.Tab).press(KeyType.Enter);
            String text = Snapshots.save("wire-proof-uploaded", console);
            assertTrue(text.contains("Proof of payment for"), text);
            Order order = world.fixture.core.billing().orders(admin).get(0);
            assertEquals("TX-778", order.proof().orElseThrow().transactionReference());
        }
    }

    @Test
    @DisplayName("R8: a bad payment date is one line saying how to fix it")
    void badProofDate() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByWire(admin);
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter);
            console.type("5 March").press(KeyType.Tab).type("DE12").press(KeyType.Tab).type("TX-1")
                    .press(KeyType.Tab, KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.text().replaceAll("\\s+", " ").contains("Error: Payment date '5 March' is not a date: type"
                    + " it as YYYY-MM-DD"), "one problem, the message line alone:\n" + console.text());
            assertFalse(console.shows("1 field to fix"), console.text());
            console.ctrl('u').type("2026-03-01");
            assertTrue(console.shows("Payment date: 2026-03-01") || console.text().contains("2026-03-01"),
                    "the cursor is on the date:\n" + console.text());
            assertTrue(world.fixture.core.billing().orders(admin).get(0).proof().isEmpty());
        }
    }

    @Test
    @DisplayName("R8: a payment dated in the future or before the order is refused before anything is stored")
    void proofDateNotInTheFutureNorBeforeTheOrder() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByWire(admin);
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter);
            console.type("2026-03-05").press(KeyType.Tab, KeyType.Tab, KeyType.Tab, KeyType.Tab).press(KeyType.Enter);
            String text = console.text().replaceAll("[\\s│]+", " ");
            assertTrue(text.contains("is in the future"), text);
            assertTrue(text.contains("Paying account is required: fill it in."), "every field at once: " + text);
            console.press(KeyType.Enter).ctrl('u').type("2026-02-27"); // OK: the cursor is on the date
            console.press(KeyType.Tab).type("DE12").press(KeyType.Tab).type("TX-1").press(KeyType.Tab, KeyType.Tab)
                    .press(KeyType.Enter);
            text = console.text().replaceAll("[\\s│]+", " ");
            assertTrue(text.contains("is before order"), text);
            assertTrue(world.fixture.core.billing().orders(admin).get(0).proof().isEmpty());
        }
    }

    @Test
    @DisplayName("R8: cancelling an unpaid wire order asks first, then cancels it")
    void cancelUnpaidOrder() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        world.fixture.buyByWire(admin);
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            console.press(KeyType.Enter);
            for (int i = 0; i < 5; i++) {
                console.press(KeyType.Tab);
            }
            console.press(KeyType.Enter);
            String confirm = Snapshots.save("wire-cancel-confirm", console);
            assertTrue(confirm.contains("cannot be undone"), confirm);
            assertEquals(OrderStatus.AWAITING_PAYMENT, world.fixture.core.billing().orders(admin).get(0).status());
            console.press(KeyType.Tab).press(KeyType.Enter);
            assertEquals(OrderStatus.CANCELLED, world.fixture.core.billing().orders(admin).get(0).status());
            String text = Snapshots.save("wire-cancelled", console);
            assertTrue(text.contains("is cancelled"), text);
            assertTrue(text.contains("CANCELLED"), text);
            assertTrue(text.contains("VOID"), text);
        }
    }

    @Test
    @DisplayName("R9: a long list of documents is paged from core by key: PageDown and End reach the oldest, / filters")
    void pagedInvoices() {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        for (int i = 0; i < 40; i++) {
            Order order = world.fixture.buyByWire(admin).order();
            world.fixture.core.wirePayments().cancelUnpaid(admin, order.id());
        }
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            String first = Snapshots.save("billing-paged-first", console);
            assertTrue(first.contains("INV-00000040"), first);
            assertFalse(first.contains("INV-00000001 "), first);
            console.press(KeyType.Tab).press(KeyType.PageDown);
            String second = Snapshots.save("billing-paged-second", console);
            assertFalse(second.contains("INV-00000040"), second);
            console.press(KeyType.End);
            String last = Snapshots.save("billing-paged-last", console);
            assertTrue(last.contains("INV-00000001 "), last);
            console.type("/");
            for (int i = 0; i < 40; i++) {
                console.press(KeyType.Backspace);
            }
            console.type("00000007").press(KeyType.Enter);
            String filtered = Snapshots.save("billing-paged-filtered", console);
            assertTrue(filtered.contains("INV-00000007"), filtered);
            assertFalse(filtered.contains("INV-00000008"), filtered);
            assertFalse(filtered.contains("INV-00000001 "), filtered);
        }
    }

    @Test
    @DisplayName("R8 R9: Enter on an invoice opens its order; a paid wire order says when the funds were received, not when they were due")
    void enterOnInvoiceOpensItsOrder() throws IOException {
        ScreenWorld world = new ScreenWorld(TODAY);
        Actor admin = world.readyAdmin();
        var receipt = world.fixture.buyByWire(admin);
        world.fixture.clock.advanceDays(3);
        world.fixture.core.wirePayments().recordFundsReceived(world.fixture.operator(), receipt.order().id());
        LocalDate received = TODAY.plusDays(3);
        try (ConsoleHarness console = world.open(BillingScreen.factory(world.fixture.core, admin))) {
            assertTrue(console.showsRow("Document", "Issued", "Order", "Status", "Total"), console.text());
            console.press(KeyType.Tab).press(KeyType.Enter);
            String order = Snapshots.save("billing-invoice-order", console);
            assertTrue(console.line(0).contains("Order " + receipt.order().number()), order);
            assertTrue(order.contains("Funds received on " + received), order);
            assertTrue(console.showsRow("INV-00000001", TODAY.toString(), "PAID", "USD"), order);
            assertTrue(console.showsRow("PAID", "USD 475.00", "Wire transfer received on"), order);
            assertFalse(order.contains("due by"), "a paid invoice no longer says when it is due:\n" + order);
            assertEquals(List.of(), console.cutLines(), order);
        }
        String document = world.fixture.core.billing().invoiceDocument(admin,
                world.fixture.core.billing().invoices(admin, com.actionpack.core.common.PageRequest.first(5)).rows()
                        .get(0).invoice().id());
        assertTrue(document.contains("Payment terms:   Wire transfer received on " + received + " (paid)"), document);
        assertFalse(document.contains("due by"), document);
    }
}

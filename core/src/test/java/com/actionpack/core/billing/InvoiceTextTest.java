package com.actionpack.core.billing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvoiceTextTest {

    @Test
    @DisplayName("R9: the downloaded invoice names every field and fits 80 columns")
    void rendersEveryFieldWithin80Columns() {
        CoreFixture world = new CoreFixture(LocalDate.of(2026, 5, 2));
        Actor admin = world.readyAccount("Fabrikam GmbH", "DE");
        OrderReceipt receipt = world.buyByCard(admin);

        String text = world.core.billing().invoiceDocument(admin, receipt.invoice().id());

        for (String expected : new String[] {"INVOICE " + receipt.invoice().number(), "Status:          PAID",
                "Issue date:      2026-05-02", "Order number:    " + receipt.order().number(),
                "PartnerID:       " + receipt.invoice().partnerId(), "Sold to:         Fabrikam GmbH",
                "Item:            Microsoft Action Pack subscription (12 months)", "Quantity:        1",
                "Unit price:          EUR 450.00", "Tax (19.00 %):        EUR 85.50", "Total:               EUR 535.50",
                "Payment method:  Credit card"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertTrue(text.lines().allMatch(line -> line.length() <= 80), text);
    }

    @Test
    @DisplayName("R8, R9: a wire invoice asks to pay by its last day only while unpaid; paid, expired or by card it asks nothing")
    void paymentInstructionsFollowTheInvoiceState() {
        LocalDate day = LocalDate.of(2026, 5, 2);
        CoreFixture world = new CoreFixture(day);
        Actor admin = world.readyAccount("Fabrikam GmbH", "DE");
        OrderReceipt wire = world.buyByWire(admin);
        String unpaid = world.core.billing().invoiceDocument(admin, wire.invoice().id());
        assertTrue(unpaid.contains("Status:          AWAITING_PAYMENT"), unpaid);
        assertTrue(unpaid.contains("Payment instructions:"), unpaid);
        assertTrue(unpaid.contains("Pay by: " + day.plusDays(30) + " (the last day; unpaid"), unpaid);

        world.clock.setDate(day.plusDays(3));
        world.core.wirePayments().recordFundsReceived(world.operator(), wire.order().id());
        String paid = world.core.billing().invoiceDocument(admin, wire.invoice().id());
        assertTrue(paid.contains("Status:          PAID"), paid);
        assertTrue(paid.contains("Payment terms:   Wire transfer received on " + day.plusDays(3)), paid);
        assertFalse(paid.contains("Pay by") || paid.contains("unpaid") || paid.contains("Payment instructions"), paid);

        CoreFixture other = new CoreFixture(day);
        Actor late = other.readyAccount("Late Payer Ltd", "DE");
        OrderReceipt expired = other.buyByWire(late);
        other.clock.setDate(day.plusDays(31));
        String voided = other.core.billing().invoiceDocument(late, expired.invoice().id());
        assertTrue(voided.contains("Status:          VOID"), voided);
        assertFalse(voided.contains("Pay by") || voided.contains("Payment instructions"), voided);

        CoreFixture cardWorld = new CoreFixture(day);
        Actor cardBuyer = cardWorld.readyAccount("Card Buyer Ltd", "DE");
        String card = cardWorld.core.billing().invoiceDocument(cardBuyer, cardWorld.buyByCard(cardBuyer).invoice().id());
        assertFalse(card.contains("Pay by") || card.contains("Payment instructions"), card);
    }

    @Test
    @DisplayName("R8: the instructions stored at issue are shown only while the invoice awaits payment")
    void instructionsOnlyWhileAwaitingPayment() {
        for (InvoiceStatus status : InvoiceStatus.values()) {
            String shown = InvoiceView.paymentInstructions(status, "Bank: X\nPay by: 2026-12-30");
            assertTrue(status == InvoiceStatus.AWAITING_PAYMENT ? shown.contains("Pay by") : shown.isEmpty(),
                    status + ": " + shown);
        }
        assertTrue(InvoiceView.paymentInstructions(InvoiceStatus.AWAITING_PAYMENT, null).isEmpty());
    }
}

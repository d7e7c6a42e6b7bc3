package com.actionpack.core.billing;

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
}

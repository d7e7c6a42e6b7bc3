package com.actionpack.core.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.cancellation.CancellationOutcome;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Money;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.usecase.account.NewUser;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.testing.CoreFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);

    @Test
    @DisplayName("R9: a card invoice carries number, date, sold-to/bill-to, PartnerID, order, line, tax, total, currency, method, terms")
    void invoiceContents() {
        Actor admin = world.readyAccount("Muster GmbH", "DE");
        OrderReceipt r = world.buyByCard(admin);
        Invoice inv = r.invoice();
        assertEquals(DocumentKind.INVOICE, inv.kind());
        assertEquals(Invoice.numberFor(DocumentKind.INVOICE, inv.sequence()), inv.number());
        assertEquals(DAY, inv.issuedOn());
        assertEquals("Muster GmbH", inv.soldTo().legalName());
        assertEquals("DE", inv.billTo().address().country());
        assertEquals(world.core.accountQueries().account(admin).partnerId(), inv.partnerId());
        assertEquals(r.order().number(), inv.orderNumber());
        assertEquals(1, inv.quantity());
        assertEquals(Money.of(45_000, "EUR"), inv.unitPrice());
        assertEquals(1_900, inv.taxBasisPoints());
        assertEquals(Money.of(8_550, "EUR"), inv.tax());
        assertEquals(inv.net().plus(inv.tax()), inv.total());
        assertEquals(PaymentMethod.CREDIT_CARD, inv.paymentMethod());
        assertTrue(inv.paymentTerms().contains("ending 1111"), inv.paymentTerms());

        String doc = world.core.billing().invoiceDocument(admin, inv.id());
        for (String expected : List.of(inv.number(), "Status:          PAID", "Muster GmbH", inv.partnerId(),
                inv.orderNumber(), "EUR 450.00", "EUR 85.50", "EUR 535.50", "19.00 %", "Credit card")) {
            assertTrue(doc.contains(expected), expected + " in\n" + doc);
        }
    }

    @Test
    @DisplayName("R9: a wire invoice shows AWAITING_PAYMENT and the payment instructions")
    void wireInvoice() {
        Actor admin = world.readyAccount();
        OrderReceipt r = world.buyByWire(admin);
        InvoiceView view = world.store.invoices.find(r.invoice().id()).orElseThrow();
        assertEquals(InvoiceStatus.AWAITING_PAYMENT, view.status());
        String doc = world.core.billing().invoiceDocument(admin, r.invoice().id());
        assertTrue(doc.contains("Payment instructions:") && doc.contains(r.order().number()), doc);
        assertTrue(doc.contains("\n\nPayment instructions:\n  "), "set apart by a blank line, indented:\n" + doc);
    }

    @Test
    @DisplayName("R9 R15: numbers strictly increase across invoices and credit notes; a credit note references its invoice; nothing edited")
    void sequenceAcrossKinds() {
        Actor op = world.operator();
        List<Invoice> issued = new ArrayList<>();
        for (String name : List.of("Alpha Ltd", "Beta Ltd", "Gamma Ltd")) {
            Actor admin = world.readyAccount(name, "US");
            OrderReceipt r = world.buyByCard(admin);
            issued.add(r.invoice());
            CancellationOutcome out = world.core.cancellations().request(admin, "changed our mind");
            Invoice credit = world.core.cancellations().processRefund(op, out.ticket().id());
            issued.add(credit);
            assertEquals(DocumentKind.CREDIT_NOTE, credit.kind());
            assertEquals(r.invoice().number(), credit.creditsInvoiceNumber());
            assertEquals(r.invoice().total().negate(), credit.total());
            assertEquals(r.order().id(), credit.orderId());
            assertTrue(credit.number().startsWith("CN-"));
            // the original invoice is unchanged, its status now reads REFUNDED
            InvoiceView original = world.store.invoices.find(r.invoice().id()).orElseThrow();
            assertEquals(r.invoice(), original.invoice());
            assertEquals(InvoiceStatus.REFUNDED, original.status());
            assertTrue(world.core.billing().invoiceDocument(admin, credit.id()).contains("Refunds invoice: " + r.invoice().number()));
        }
        for (int i = 1; i < issued.size(); i++) {
            assertTrue(issued.get(i).sequence() > issued.get(i - 1).sequence(), issued.toString());
        }
        assertEquals(issued.size(), issued.stream().map(Invoice::number).distinct().count());
    }

    @Test
    @DisplayName("R9 R4: Billing admin sees invoices newest first; a Reader does not; another account's invoice is not found")
    void billingAccess() {
        Actor admin = world.readyAccount();
        OrderReceipt r = world.buyByCard(admin);
        Actor billing = Actor.console(world.core.addUser().add(admin, new NewUser("bills@contoso.example", "Bills",
                Set.of(Role.BILLING_ADMIN))).id());
        Actor reader = Actor.console(world.core.addUser().add(admin, new NewUser("reader@contoso.example", "Reader",
                Set.of(Role.READER))).id());
        assertEquals(List.of(r.invoice().number()), world.core.billing().invoices(billing, PageRequest.first(10)).rows()
                .stream().map(v -> v.invoice().number()).toList());
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> world.core.billing().invoices(reader, PageRequest.first(10)));
        assertTrue(e.has(ReasonCode.MISSING_ROLE));
        Actor stranger = world.readyAccount("Fabrikam Inc", "US");
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.billing().invoiceDocument(stranger, r.invoice().id())).has(ReasonCode.NOT_FOUND));
    }

    @Test
    @DisplayName("R9: money is minor units of one currency; mixing currencies is refused; tax rounds half up")
    void money() {
        assertEquals(Money.of(1, "USD"), Money.of(5, "USD").percentBasisPoints(1_000));
        assertEquals(Money.of(0, "USD"), Money.of(4, "USD").percentBasisPoints(1_000));
        assertEquals("JPY 500", Money.of(500, "JPY").format());
        assertEquals("USD 475.00", Money.of(47_500, "USD").format());
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, "USD").plus(Money.of(1, "EUR")));
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, "XXY"));
    }
}

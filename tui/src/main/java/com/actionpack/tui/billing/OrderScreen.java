package com.actionpack.tui.billing;

import com.actionpack.core.CoreServices;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.Sheet;
import com.actionpack.tui.sheet.SheetScreen;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * One order that no longer awaits payment (R8, R9): when and how it was placed and paid (for a
 * wire transfer, the day the funds were received), how it ended, and its invoice and credit
 * notes with their payment terms as the order stands. Opened by Enter on an order or on one of
 * its documents in Bills and payments; an order awaiting payment opens {@link WireOrderScreen}.
 */
final class OrderScreen extends SheetScreen {

    private final Order order;

    OrderScreen(ShellContext shell, CoreServices core, Actor actor, Order order) {
        super(shell, core, actor);
        this.order = order;
    }

    @Override
    protected void refresh() {
        actions.run("Order " + order.number(), () -> core.billing().invoices(actor, PageRequest.first(200)).rows()
                .stream().filter(v -> v.invoice().orderNumber().equals(order.number())).toList(),
                documents -> sheet.setEntries(entries(documents)));
    }

    private List<Sheet.Entry> entries(List<InvoiceView> documents) {
        List<Sheet.Entry> out = new ArrayList<>();
        out.add(Sheet.heading("Order " + order.number() + ": " + order.status()));
        StringBuilder text = new StringBuilder();
        text.append("Placed:   ").append(order.placedOn()).append('\n');
        text.append("Total:    ").append(order.total().format()).append('\n');
        text.append("Method:   ").append(order.paymentMethod().label());
        if (order.paymentMethod() == PaymentMethod.CREDIT_CARD) {
            text.append(" (").append(order.cardBrand()).append(" ending ").append(order.cardLast4()).append(')');
        }
        text.append('\n');
        order.paid().ifPresent(day -> text.append(order.paymentMethod() == PaymentMethod.WIRE_TRANSFER
                ? "Funds received on " : "Paid on ").append(day).append('\n'));
        order.proof().ifPresent(p -> text.append("Proof:    ").append(p.transactionReference()).append(", paid ")
                .append(p.paymentDate()).append(" from ").append(p.payingAccount()).append('\n'));
        if (order.closedOn() != null) {
            text.append(order.status().name().charAt(0)).append(order.status().name().substring(1).toLowerCase(
                    java.util.Locale.ROOT)).append(" on ").append(order.closedOn()).append('\n');
        }
        out.add(Sheet.text(text.toString().stripTrailing()));
        out.add(Sheet.heading("Invoice and credit notes (d in Bills and payments downloads one)"));
        if (documents.isEmpty()) {
            out.add(Sheet.text("None."));
        } else {
            out.addAll(Sheet.table(new Table<InvoiceView>(List.of(
                    Column.fit("Document", v -> v.invoice().number()),
                    Column.fit("Issued", v -> v.invoice().issuedOn().toString()),
                    Column.fit("Status", v -> v.status().name()),
                    Column.fitNumber("Total", v -> v.invoice().total().format()),
                    Column.wrapping("Payment terms", InvoiceView::paymentTermsNow))), documents, v -> v.invoice().id(),
                    null));
        }
        return out;
    }

    @Override
    public String title() {
        return "Order " + order.number();
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("r", "Refresh"));
    }
}

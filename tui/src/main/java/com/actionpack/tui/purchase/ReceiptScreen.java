package com.actionpack.tui.purchase;

import com.actionpack.core.billing.Invoice;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipTerm;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.ordering.WireInstructions;
import com.actionpack.tui.form.Text;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import java.util.List;

/**
 * After checkout: for a card order the receipt (invoice number, membership dates, R9, R11,
 * R12); for a wire order what to pay, where, which reference to quote and by when (R8).
 */
public final class ReceiptScreen implements ConsoleScreen {

    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private final boolean wire;

    public ReceiptScreen(OrderReceipt receipt) {
        Order order = receipt.order();
        Invoice invoice = receipt.invoice();
        this.wire = receipt.wireInstructions().isPresent();
        if (wire) {
            WireInstructions w = receipt.wireInstructions().get();
            panel.addComponent(Text.line(" Order " + order.number() + " is placed and awaits your wire transfer."));
            panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            panel.addComponent(Text.line(" Amount to transfer: " + w.amount().format() + " (exactly, in "
                    + w.amount().currency() + ")"));
            panel.addComponent(Text.line(" Reference to quote: " + w.reference()));
            panel.addComponent(Text.line(" Pay by:             " + w.lastPaymentDay()
                    + " (the last day; unpaid, it then expires)"));
            panel.addComponent(Text.line(" Bank details:"));
            panel.addComponent(new com.googlecode.lanterna.gui2.Label(Text.indent(
                    Text.wrap(w.bankDetails(), Text.WIDTH - 3), "   ")));
            panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            panel.addComponent(Text.line(" Invoice " + invoice.number() + " issued " + invoice.issuedOn()
                    + " (awaiting payment)."));
            panel.addComponent(Text.line(" Once paid, upload proof of payment in Bills and payments."));
        } else {
            panel.addComponent(Text.line(" Thank you: order " + order.number() + " is paid."));
            panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            panel.addComponent(Text.line(" Paid:     " + order.total().format() + " by "
                    + (order.cardBrand() == null ? "card" : order.cardBrand()) + " ending " + order.cardLast4()
                    + " on " + Text.date(order.paidOn())));
            panel.addComponent(Text.line(" Invoice:  " + invoice.number() + " issued " + invoice.issuedOn()
                    + " (download it in Bills and payments)"));
            receipt.membership().ifPresent(this::showTerm);
        }
    }

    private void showTerm(Membership m) {
        MembershipTerm dates = m.dates();
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        panel.addComponent(Text.line(" Membership term " + m.term() + " from " + m.startDate()));
        panel.addComponent(Text.line("   Membership end (anniversary): " + dates.endDate()));
        panel.addComponent(Text.line("   Renewal window:               " + dates.renewalWindowOpens() + " to "
                + dates.renewalWindowCloses()));
        panel.addComponent(Text.line("   Benefits end:                 " + dates.benefitsEndDate()));
        panel.addComponent(Text.line("   Cancel with a refund until:   " + dates.lastCancellationDay()));
        panel.addComponent(Text.line(" Benefits may take up to 24 hours to be provisioned (Benefits workspace)."));
    }

    @Override
    public String title() {
        return wire ? "Wire transfer instructions" : "Receipt";
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of();
    }

    @Override
    public Component component() {
        return panel;
    }
}

package com.actionpack.tui.billing;

import com.actionpack.tui.form.SafeTextBox;
import com.actionpack.core.CoreServices;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.Require;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.WireProof;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.form.FieldCheck;
import com.actionpack.tui.form.FieldProblems;
import com.actionpack.tui.form.Text;
import com.actionpack.tui.shell.Confirmation;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A wire order awaiting payment (R8): upload proof of payment (payment date, paying account,
 * transaction reference, document reference), or cancel the unpaid order after a confirmation.
 */
public final class WireOrderScreen implements ConsoleScreen {

    private final ShellContext shell;
    private final CoreServices core;
    private final Actor actor;
    private final Order order;
    private final Actions actions;
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private final TextBox paymentDate = new SafeTextBox(new TerminalSize(12, 1));
    private final TextBox payingAccount = new SafeTextBox(new TerminalSize(40, 1));
    private final TextBox transactionRef = new SafeTextBox(new TerminalSize(40, 1));
    private final TextBox documentRef = new SafeTextBox(new TerminalSize(40, 1));

    WireOrderScreen(ShellContext shell, CoreServices core, Actor actor, Order order) {
        this.shell = shell;
        this.core = core;
        this.actor = actor;
        this.order = order;
        this.actions = new Actions(shell);
        panel.addComponent(Text.line(" Order " + order.number() + ": " + order.total().format()
                + " by wire transfer, placed " + order.placedOn()));
        panel.addComponent(Text.line(" Awaiting payment; the last day to pay is " + order.lastPaymentDay() + "."));
        // While it awaits payment the order keeps showing where to pay and what to quote: the
        // instructions are the ones its invoice was issued with.
        actions.run("Order " + order.number(), () -> core.billing().invoices(actor, PageRequest.first(200)).rows().stream()
                .filter(v -> v.invoice().orderNumber().equals(order.number()))
                .map(InvoiceView::paymentInstructionsNow).filter(text -> !text.isBlank()).findFirst(), instructions ->
                instructions.ifPresent(text -> {
                    panel.addComponent(Text.line(" Pay to (bank details, amount and the reference to quote):"));
                    text.lines().forEach(line -> panel.addComponent(Text.line("   " + line)));
                }));
        order.proof().ifPresent(p -> panel.addComponent(Text.line(" Proof on file: " + p.transactionReference()
                + " paid " + p.paymentDate() + " from " + p.payingAccount())));
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        panel.addComponent(new Label(" Proof of payment"));
        Panel form = new Panel(new GridLayout(2));
        form.addComponent(new Label(" Payment date (YYYY-MM-DD):"));
        form.addComponent(paymentDate);
        form.addComponent(new Label(" Paying account:"));
        form.addComponent(payingAccount);
        form.addComponent(new Label(" Transaction reference:"));
        form.addComponent(transactionRef);
        form.addComponent(new Label(" Document reference:"));
        form.addComponent(documentRef);
        panel.addComponent(form);
        panel.addComponent(new Button("Upload proof of payment", this::upload));
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        panel.addComponent(new Button("Cancel this unpaid order...", this::cancel));
    }

    void fill(String date, String account, String reference, String document) {
        paymentDate.setText(date);
        payingAccount.setText(account);
        transactionRef.setText(reference);
        documentRef.setText(document);
    }

    /** Every field checked first (the date by core: not in the future, not before the order), then sent. */
    private void upload() {
        FieldProblems problems = new FieldProblems();
        LocalDate day = null;
        try {
            day = LocalDate.parse(paymentDate.getText().strip());
        } catch (DateTimeParseException bad) {
            problems.add(paymentDate, "Payment date", "Payment date '" + paymentDate.getText().strip()
                    + "' is not a date: type it as YYYY-MM-DD, e.g. " + LocalDate.of(2026, 3, 14) + ".");
        }
        if (day != null) {
            LocalDate paid = day;
            List<Reason> dateProblems = new ArrayList<>();
            actions.run("Upload proof of payment", () -> core.wirePayments().checkProofDate(actor, order.id(), paid),
                    dateProblems::addAll);
            dateProblems.forEach(r -> problems.add(paymentDate, "Payment date", r.message() + " " + r.remedy()));
        }
        FieldCheck.core(v -> Require.text(v, "paying account")).problem("Paying account", payingAccount.getText(), Map.of())
                .ifPresent(p -> problems.add(payingAccount, "Paying account", p));
        FieldCheck.core(v -> Require.text(v, "transaction reference"))
                .problem("Transaction reference", transactionRef.getText(), Map.of())
                .ifPresent(p -> problems.add(transactionRef, "Transaction reference", p));
        if (!problems.isEmpty()) {
            problems.show(shell, "Upload proof of payment");
            return;
        }
        LocalDate paidOn = day;
        actions.run("Upload proof of payment", () -> core.wirePayments().uploadProof(actor, order.id(),
                new WireProof(paidOn, payingAccount.getText(), transactionRef.getText(), documentRef.getText())), updated -> {
                    fill("", "", "", "");
                    shell.navigator().pop();
                    shell.notices().info("Proof of payment for " + updated.number()
                            + " uploaded; an operator records the funds when they arrive.");
                });
    }

    private void cancel() {
        actions.confirm("Cancel order", () -> core.wirePayments().mayCancelUnpaid(actor, order.id()),
                new Confirmation("Cancel order " + order.number(),
                "Cancel the unpaid order " + order.number() + " of " + order.total().format()
                        + "? This cannot be undone; you can then order again (for instance by card).",
                "Cancel order " + order.number(), "Keep order"), () -> actions.run("Cancel order",
                        () -> core.wirePayments().cancelUnpaid(actor, order.id()), cancelled -> {
                            fill("", "", "", "");
                            shell.navigator().pop();
                            shell.notices().info("Order " + cancelled.number() + " is cancelled.");
                        }));
    }

    @Override
    public String title() {
        return "Order " + order.number();
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Tab", "Next field"), KeyHelp.of("Enter", "Press button"));
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public boolean hasUnsavedInput() {
        return !(paymentDate.getText().isBlank() && payingAccount.getText().isBlank()
                && transactionRef.getText().isBlank() && documentRef.getText().isBlank());
    }
}

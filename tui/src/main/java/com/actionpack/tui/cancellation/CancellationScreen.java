package com.actionpack.tui.cancellation;

import com.actionpack.tui.form.SafeTextBox;
import com.actionpack.core.CoreServices;
import com.actionpack.core.eligibility.CancellationCheck;
import com.actionpack.core.cancellation.CancellationOutcome;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.MembershipTerm;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.form.Focus;
import com.actionpack.tui.form.Text;
import com.actionpack.tui.shell.Confirmation;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cancel the Action Pack (R15): whether a refund is possible today, every reason it is not,
 * the last day; the request raised as a support ticket after a confirmation that says it
 * cannot be undone; and the account's tickets with their status.
 */
public final class CancellationScreen implements ConsoleScreen {

    public static final String TITLE = "Cancel the Action Pack";
    private static final int MAX_TICKETS = 4;

    private final ShellContext shell;
    private final CoreServices core;
    private final Actor actor;
    private final Actions actions;
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private final TextBox why = new SafeTextBox(new TerminalSize(50, 1));

    public CancellationScreen(ShellContext shell, CoreServices core, Actor actor) {
        this.shell = shell;
        this.core = core;
        this.actor = actor;
        this.actions = new Actions(shell);
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new CancellationScreen(shell, core, actor);
    }

    private void refresh() {
        panel.removeAllComponents();
        actions.run("Cancellation", () -> core.cancellations().check(actor), this::showCheck);
        actions.run("Cancellation", () -> core.cancellations().tickets(actor), this::showTickets);
        Focus.first(panel);
    }

    private void showCheck(CancellationCheck check) {
        if (check.allowed()) {
            panel.addComponent(Text.paragraph("Cancellation with a refund is allowed until "
                    + check.lastDay().map(Object::toString).orElse("-") + " (" + MembershipTerm.CANCELLATION_DAYS + " days after purchase)."));
        } else {
            panel.addComponent(Text.paragraph("Cancellation with a refund is not possible"
                    + check.lastDay().map(d -> " (the last day is " + d + ")").orElse("") + ":"));
            panel.addComponent(Text.paragraph(check.reasons().stream().map(Actions::describe)
                    .collect(Collectors.joining("\n"))));
        }
        panel.addComponent(Text.paragraph(" A request is a support ticket: support refunds the order with a credit"
                + " note, ends the membership and revokes its benefits."));
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        Panel reason = new Panel(new LinearLayout(Direction.HORIZONTAL));
        reason.addComponent(new Label(" Why (optional):"));
        reason.addComponent(why);
        panel.addComponent(reason);
        panel.addComponent(new Button("Request cancellation...", this::request));
    }

    private void showTickets(List<SupportTicket> tickets) {
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        if (tickets.isEmpty()) {
            panel.addComponent(new Label(" No cancellation tickets."));
            return;
        }
        panel.addComponent(new Label(" Your cancellation tickets:"));
        for (SupportTicket t : tickets.subList(0, Math.min(MAX_TICKETS, tickets.size()))) {
            panel.addComponent(Text.line("   " + t.number() + "  opened " + t.openedOn() + "  " + t.status()
                    + (t.decidedOn() == null ? "" : " on " + t.decidedOn())
                    + (t.decisionNote().isEmpty() ? "" : ": " + t.decisionNote())));
        }
    }

    private void request() {
        // Confirm only what core's read-only check allows: a request it refuses would only
        // raise a ticket that is refused at once, so say every reason instead of asking (R15).
        actions.confirm("Request cancellation", () -> core.cancellations().check(actor).reasons(), Confirmation.of("Request cancellation",
                "Raise a cancellation ticket for your Action Pack? This cannot be undone: once support"
                        + " refunds it, the membership ends and its benefits are revoked.",
                "Request cancellation"), () -> actions.run("Request cancellation",
                        () -> core.cancellations().request(actor, why.getText()), this::requested));
    }

    private void requested(CancellationOutcome outcome) {
        why.setText("");
        refresh();
        if (outcome.accepted()) {
            shell.notices().info("Ticket " + outcome.ticket().number() + " is " + outcome.ticket().status()
                    + ": support will refund the order.");
        } else {
            actions.showRefusal("Cancellation (ticket " + outcome.ticket().number() + " refused)",
                    outcome.refusedBecause());
        }
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Enter", "Request cancellation"), KeyHelp.of("Tab", "Next"));
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public boolean hasUnsavedInput() {
        return !why.getText().isBlank();
    }

    @Override
    public void onShow() {
        refresh();
    }
}

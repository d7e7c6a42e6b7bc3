package com.actionpack.tui.membership;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.eligibility.Eligibility;
import com.actionpack.core.eligibility.MembershipHistory;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipTerm;
import com.actionpack.core.membership.RenewalReminder;
import com.actionpack.core.ordering.Quote;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.cancellation.CancellationScreen;
import com.actionpack.tui.form.Focus;
import com.actionpack.tui.form.Text;
import com.actionpack.tui.purchase.PurchaseScreen;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.Table;
import com.actionpack.tui.widget.TableView;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Membership workspace: the account's standing (enrollment R3, verification R2), the
 * Action Pack offer card with Buy now, Renew or a disabled button and why (R6), and the dates
 * of the current term (R11, R12). Every answer comes from core, read again each time the
 * screen is shown.
 */
public final class MembershipScreen implements ConsoleScreen {

    public static final String TITLE = "Membership";

    private final ShellContext shell;
    private final CoreServices core;
    private final Actor actor;
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private Eligibility eligibility;

    public MembershipScreen(ShellContext shell, CoreServices core, Actor actor) {
        this.shell = shell;
        this.core = core;
        this.actor = actor;
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new MembershipScreen(shell, core, actor);
    }

    /** Reads the account, eligibility and dates from core again and redraws. */
    public void refresh() {
        panel.removeAllComponents();
        Actions actions = new Actions(shell);
        boolean ok = actions.run("Membership", () -> core.accountQueries().account(actor), this::showAccount)
                && actions.run("Membership", () -> core.eligibility().check(actor), this::showOffer);
        if (!ok) {
            panel.addComponent(new Label(" The membership cannot be shown; see the message below."));
        }
        Focus.first(panel);
    }

    private void showAccount(PartnerAccount account) {
        panel.addComponent(Text.line(" Account:      " + account.profile().legalName() + " (PartnerID "
                + account.partnerId() + ", " + account.country() + ")"));
        panel.addComponent(Text.line(" Enrollment:   " + account.enrollment()
                .map(day -> "joined the AI Cloud Partner Program on " + day)
                .orElse("NOT ENROLLED in the AI Cloud Partner Program")));
        String note = account.verificationNote().isEmpty() ? "" : " (" + account.verificationNote() + ")";
        panel.addComponent(Text.line(" Verification: " + account.verification() + note));
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
    }

    private void showOffer(Eligibility answer) {
        this.eligibility = answer;
        String price = quote().map(q -> " - " + q.total().format() + " a year"
                + (q.taxBasisPoints() > 0 ? " incl. tax" : "")).orElse("");
        panel.addComponent(Text.line(" == Microsoft Action Pack subscription" + price + " =="));
        panel.addComponent(Text.paragraph(" Software, support and benefits to grow your business; one per Partner"
                + " Global account."));
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        String label = answer.mode().label();
        if (answer.enabled()) {
            buttons.addComponent(new Button(label, this::openPurchase));
        } else {
            Button disabled = new Button(label + " (disabled)");
            disabled.setEnabled(false);
            buttons.addComponent(disabled);
            buttons.addComponent(new Button("Why is " + label + " disabled?", this::explain));
        }
        buttons.addComponent(new Button("Cancel purchase...", this::openCancellation));
        panel.addComponent(buttons);
        if (!answer.enabled()) {
            panel.addComponent(Text.line(" " + label + " is disabled for " + answer.reasons().size()
                    + (answer.reasons().size() == 1 ? " reason" : " reasons") + ": press w to see why and what to do."));
        }
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        showTerm(answer.current());
    }

    private Optional<Quote> quote() {
        try {
            return Optional.of(core.purchases().quote(actor));
        } catch (ActionRefusedException | com.actionpack.core.common.InvalidInputException noPrice) {
            return Optional.empty();
        }
    }

    private void showTerm(Optional<Membership> current) {
        Optional<MembershipHistory> history = Optional.empty();
        try {
            history = Optional.of(core.eligibility().history(actor));
        } catch (ActionRefusedException | com.actionpack.core.common.InvalidInputException unreadable) {
            // the offer card above already says why; the dates below still show
        }
        if (current.isEmpty()) {
            panel.addComponent(Text.line(" No current membership."));
            history.filter(h -> !h.terms().isEmpty()).ifPresent(this::showHistory);
            return;
        }
        Membership m = current.get();
        MembershipTerm dates = m.dates();
        panel.addComponent(Text.line(" Current term " + m.term() + ": " + m.status() + " since " + m.startDate()));
        panel.addComponent(Text.line("   Membership end (anniversary): " + dates.endDate()));
        panel.addComponent(Text.line("   Renewal window:               " + dates.renewalWindowOpens() + " to "
                + dates.renewalWindowCloses()));
        panel.addComponent(Text.line("   Benefits end:                 " + dates.benefitsEndDate()));
        panel.addComponent(Text.line("   Benefit pack:                 " + m.chosenPack().map(Enum::name)
                .orElse("not chosen yet")));
        // R22: core decides the count; this screen only words it.
        new Actions(shell).run("Membership", () -> core.renewalReminders().forMyAccount(actor),
                reminder -> reminder.ifPresent(r -> panel.addComponent(Text.line("   Renewal:                      "
                        + reminderText(r)))));
        history.ifPresent(h -> {
            panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            TermTimeline.lines(m.startDate(), dates, h.today()).forEach(line -> panel.addComponent(Text.line(line)));
        });
    }

    /** After the last term ended: every term, its dates and how it ended (R11, R12, R15). */
    private void showHistory(MembershipHistory history) {
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        panel.addComponent(Text.line(" Membership history"));
        panel.addComponent(new TableView<>(new Table<Membership>(List.of(
                Column.fitNumber("Term", t -> Integer.toString(t.term())),
                Column.fit("Started", t -> t.startDate().toString()),
                Column.fit("Anniversary", t -> t.dates().anniversaryDate().toString()),
                Column.fit("Benefits end", t -> t.dates().benefitsEndDate().toString()),
                Column.wrapping("How it ended", MembershipScreen::ended))), history.terms()));
    }

    /** How a term ended, in words (R11, R12, R15). */
    static String ended(Membership t) {
        return switch (t.status()) {
            case ACTIVE -> "lapsed after " + t.dates().renewalWindowCloses() + " (not renewed)";
            case RENEWED -> "renewed" + (t.closedOn() == null ? "" : " on " + t.closedOn());
            case EXPIRED -> "expired" + (t.closedOn() == null ? "" : " on " + t.closedOn()) + " (not renewed)";
            case CANCELLED -> "cancelled" + (t.closedOn() == null ? "" : " on " + t.closedOn()) + " (refunded)";
        };
    }

    /** R22's reminder in words, e.g. "window opens in 12 days, on 2027-11-24". */
    static String reminderText(RenewalReminder r) {
        return switch (r.stage()) {
            case WINDOW_OPENS_IN -> "window opens in " + r.days() + (r.days() == 1 ? " day" : " days") + ", on " + r.date();
            case WINDOW_OPEN -> r.days() == 1 ? "today (" + r.date() + ") is the last day to renew"
                    : r.days() + " days left to renew, through " + r.date();
        };
    }

    /** "Why is Buy/Renew disabled?": every reason with what to do (R6). */
    public void explain() {
        if (eligibility == null) {
            return;
        }
        if (eligibility.enabled()) {
            shell.notices().info(eligibility.mode().label() + " is available.");
            return;
        }
        shell.dialogs().message("Why is " + eligibility.mode().label() + " disabled?", describe(eligibility.reasons()));
    }

    static String describe(List<Reason> reasons) {
        return reasons.stream().map(Actions::describe).collect(Collectors.joining("\n"));
    }

    private void openPurchase() {
        shell.navigator().push(new PurchaseScreen(shell, core, actor));
    }

    private void openCancellation() {
        shell.navigator().push(new CancellationScreen(shell, core, actor));
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("b", "Buy/Renew"), KeyHelp.of("w", "Why disabled?"), KeyHelp.of("c", "Cancel"),
                KeyHelp.of("Enter", "Press button"), KeyHelp.of("r", "Refresh"));
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public boolean handleKey(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return false;
        }
        switch (key.getCharacter()) {
            case 'b':
                if (eligibility != null && eligibility.enabled()) {
                    openPurchase();
                } else {
                    explain();
                }
                return true;
            case 'w':
                explain();
                return true;
            case 'c':
                openCancellation();
                return true;
            case 'r':
                refresh();
                return true;
            default:
                return false;
        }
    }

    @Override
    public void onShow() {
        refresh();
    }
}

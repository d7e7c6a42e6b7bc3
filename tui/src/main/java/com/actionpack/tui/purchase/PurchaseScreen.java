package com.actionpack.tui.purchase;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.core.eligibility.OfferMode;
import com.actionpack.core.eligibility.OrderCheck;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.Quote;
import com.actionpack.tui.action.Actions;
import com.actionpack.tui.form.Text;
import com.actionpack.tui.form.TickBox;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.CheckBox;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import java.util.List;

/**
 * The side pane of R7: what the Action Pack subscription is and how buying works (the source
 * document's text), the price, the required agreement checkbox, and "Accept agreement &amp;
 * place order", which leads to the payment dialog.
 */
public final class PurchaseScreen implements ConsoleScreen {

    public static final String TITLE = "Buy: Microsoft Action Pack subscription";
    public static final String RENEW_TITLE = "Renew: Microsoft Action Pack subscription";
    public static final String ACCEPT = "Accept agreement & place order";

    static final String DESCRIPTION = "This is the entry level program for Services Partners (including Training"
            + " partners). The Microsoft Action Pack includes software, support, and benefits that can jumpstart"
            + " your business growth. You can buy only one Microsoft Action Pack or Learning Action Pack per Partner"
            + " Global account.";
    static final String INSTRUCTIONS = "Read these instructions, select the checkbox and select " + ACCEPT
            + ". A payment dialog follows: select either Credit card or Wire transfer, then Proceed. Some countries"
            + " do not support the credit card option. Benefits may take up to 24 hours to be provisioned.";

    private final ShellContext shell;
    private final CoreServices core;
    private final Actor actor;
    private final Actions actions;
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private final CheckBox agreement = new TickBox("I accept the agreement above, version "
            + Agreement.CURRENT.version() + " (required)", this::accept);
    private Quote quote;
    private final boolean renewing;

    public PurchaseScreen(ShellContext shell, CoreServices core, Actor actor) {
        this.shell = shell;
        this.core = core;
        this.actor = actor;
        this.actions = new Actions(shell);
        // Core's read-only answer says whether this checkout buys or renews: the title follows it.
        boolean[] renew = {false};
        actions.run("Offer", () -> core.eligibility().check(actor), e -> renew[0] = e.mode() == OfferMode.RENEW);
        this.renewing = renew[0];
        panel.addComponent(Text.line(" Microsoft Action Pack subscription" + (renewing ? ": renewal for one more year" : "")));
        panel.addComponent(Text.paragraph(DESCRIPTION));
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        panel.addComponent(Text.paragraph(INSTRUCTIONS));
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        actions.run("Price", () -> core.purchases().quote(actor), q -> {
            this.quote = q;
            panel.addComponent(Text.line(" Price: " + q.net().format() + " + tax " + percent(q.taxBasisPoints())
                    + " " + q.tax().format() + " = " + q.total().format() + " for one year"));
            panel.addComponent(Text.line(" Payment: " + (q.cardOffered() ? "credit card or wire transfer"
                    : "wire transfer only (credit card is not offered in " + q.country() + ")")));
        });
        // R7a: the text accepted (its version and hash go with the order) and the guide it names.
        panel.addComponent(Text.paragraph("Agreement " + Agreement.CURRENT.version() + ": " + Agreement.CURRENT.text()));
        panel.addComponent(Text.paragraph("The guide: " + Agreement.TERMS_OF_PARTICIPATION_URL));
        panel.addComponent(agreement);
        panel.addComponent(new Button(ACCEPT, this::accept));
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new PurchaseScreen(shell, core, actor);
    }

    static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    private void accept() {
        if (quote == null) {
            shell.notices().error("No price is known for this account's country: ask an operator to set one.");
            return;
        }
        // Core answers with every reason, the agreement's included; the payment dialog carries
        // the agreement on into the order, where core checks it again.
        boolean accepted = agreement.isChecked();
        actions.run("Place order", () -> core.purchases().mayOrder(actor, accepted), check -> toPayment(check, accepted));
    }

    private void toPayment(OrderCheck check, boolean accepted) {
        if (!check.allowed()) {
            actions.showRefusal("Place order", check.reasons());
            return;
        }
        shell.navigator().push(new PaymentScreen(shell, core, actor, quote, accepted));
    }

    public boolean agreementTicked() {
        return agreement.isChecked();
    }

    @Override
    public String title() {
        return renewing ? RENEW_TITLE : TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Space", "Tick agreement"), KeyHelp.of("Enter", "Place order"),
                KeyHelp.of("Tab", "Next"));
    }

    @Override
    public Component component() {
        return panel;
    }
}

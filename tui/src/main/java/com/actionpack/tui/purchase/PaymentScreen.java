package com.actionpack.tui.purchase;

import com.actionpack.tui.form.SafeTextBox;
import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.core.ordering.CardCheck;
import com.actionpack.core.ordering.CardDetails;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.ordering.Quote;
import com.actionpack.tui.action.Actions;
import com.actionpack.core.common.Reason;
import com.actionpack.tui.form.CardNumberField;
import com.actionpack.tui.form.FieldProblems;
import com.googlecode.lanterna.gui2.Interactable;
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
import com.actionpack.tui.widget.RadioList;
import com.googlecode.lanterna.gui2.TextBox;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The payment dialog (R8), after the agreement was accepted: credit card (only when core's
 * quote offers it for the account's country) or wire transfer. Paying asks first, naming the
 * amount. A card number is masked as it is typed except its last four digits; the CVV is
 * masked whole. Every problem core finds with the card is listed at once.
 */
public final class PaymentScreen implements ConsoleScreen {

    public static final String TITLE = "Payment";

    private final ShellContext shell;
    private final CoreServices core;
    private final Actor actor;
    private final Quote quote;
    private final boolean agreementAccepted;
    private final Actions actions;
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private final RadioList<MethodItem> methods = new RadioList<>();
    private final Panel cardForm = new Panel(new GridLayout(2));
    private final CardNumberField number = new CardNumberField(23);
    private final TextBox expiry = new SafeTextBox(new TerminalSize(7, 1))
            .setValidationPattern(Pattern.compile("[0-9/]{0,7}"));
    private final TextBox cvv = new SafeTextBox(new TerminalSize(5, 1))
            .setValidationPattern(Pattern.compile("[0-9]{0,4}")).setMask('*');
    private final Label wireNote = new Label("");

    /** A payment method as the radio list shows it: its label, not its constant name. */
    private record MethodItem(PaymentMethod method) {
        @Override
        public String toString() {
            return method.label();
        }
    }

    /** {@code agreementAccepted}: the side pane's checkbox, carried into the order command (R7). */
    PaymentScreen(ShellContext shell, CoreServices core, Actor actor, Quote quote, boolean agreementAccepted) {
        this.shell = shell;
        this.core = core;
        this.actor = actor;
        this.quote = quote;
        this.agreementAccepted = agreementAccepted;
        this.actions = new Actions(shell);
        panel.addComponent(Text.line(" Amount to pay: " + quote.total().format()
                + (quote.taxBasisPoints() > 0 ? " (" + quote.net().format() + " + tax " + quote.tax().format() + ")" : "")));
        panel.addComponent(new Label(" Pay with:"));
        for (PaymentMethod method : quote.methods()) {
            methods.addItem(new MethodItem(method));
        }
        methods.setCheckedItemIndex(0);
        methods.addListener((selected, previous) -> showForm());
        methods.onEnter(this::proceed);
        panel.addComponent(methods);
        if (!quote.cardOffered()) {
            panel.addComponent(Text.line(" Credit card is not offered in " + quote.country() + ": pay by wire transfer."));
        }
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        cardForm.addComponent(new Label(" Card number:"));
        cardForm.addComponent(number);
        cardForm.addComponent(new Label(" Expiry (MM/YY):"));
        cardForm.addComponent(expiry);
        cardForm.addComponent(new Label(" Security code (CVV):"));
        cardForm.addComponent(cvv);
        panel.addComponent(cardForm);
        panel.addComponent(wireNote);
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        panel.addComponent(new Button("Proceed", this::proceed));
        showForm();
    }

    private PaymentMethod method() {
        MethodItem checked = methods.getCheckedItem();
        return checked == null ? quote.methods().get(0) : checked.method();
    }

    private void showForm() {
        boolean card = method() == PaymentMethod.CREDIT_CARD;
        cardForm.setVisible(card);
        wireNote.setText(card ? "" : Text.wrap(" You will get the bank details, the exact amount and the reference"
                + " to quote. The order waits for your transfer for " + Order.WIRE_PAYMENT_DAYS + " days.", Text.WIDTH));
    }

    /** Fills the card form, for tests. */
    void typeCard(String cardNumber, String cardExpiry, String cardCvv) {
        number.setText(cardNumber);
        expiry.setText(cardExpiry);
        cvv.setText(cardCvv);
    }

    private void proceed() {
        boolean card = method() == PaymentMethod.CREDIT_CARD;
        CardDetails details = new CardDetails(number.getText(), expiry.getText(), cvv.getText());
        PaymentChoice choice = card ? new PaymentChoice.Card(details) : new PaymentChoice.Wire();
        // Core checks the card first (read-only): only a payment that will go through is confirmed.
        List<Reason> problems = new ArrayList<>();
        if (!actions.run("Payment", () -> core.purchases().checkPayment(actor, choice), problems::addAll)) {
            return;
        }
        if (!problems.isEmpty()) {
            FieldProblems fields = new FieldProblems();
            for (Interactable field : List.<Interactable>of(number, expiry, cvv)) {
                for (Reason problem : problems) {
                    if (fieldOf(problem) == field) {
                        fields.add(field, labelOf(field), problem.message() + " " + problem.remedy());
                    }
                }
            }
            fields.show(shell, "Payment");
            return;
        }
        String amount = quote.total().format();
        Confirmation question = card
                ? Confirmation.of("Pay by credit card", "Charge " + amount + " to the card ending "
                        + CardCheck.last4(details) + " for one year of the Microsoft Action Pack?", "Pay " + amount)
                : Confirmation.of("Order by wire transfer", "Place the order for " + amount
                        + " and pay it by wire transfer within " + Order.WIRE_PAYMENT_DAYS + " days?",
                        "Place order for " + amount);
        // Asked again at the question, the order's rules with the payment's: another admin may
        // have ordered since the pane was checked (R5).
        actions.confirm("Payment", () -> {
            List<Reason> reasons = new ArrayList<>(core.purchases().mayOrder(actor, agreementAccepted).reasons());
            reasons.addAll(core.purchases().checkPayment(actor, choice));
            return reasons;
        }, question, () -> place(choice));
    }

    /** The card field a problem is about: the form puts the cursor there. */
    private Interactable fieldOf(Reason problem) {
        String text = problem.message().toLowerCase(java.util.Locale.ROOT);
        if (text.contains("expiry") || text.contains("expired")) {
            return expiry;
        }
        if (text.contains("security code")) {
            return cvv;
        }
        return number;
    }

    private String labelOf(Interactable field) {
        return field == number ? "Card number" : field == expiry ? "Expiry" : "Security code";
    }


    private void place(PaymentChoice choice) {
        actions.run("Payment", () -> core.purchases().placeOrder(actor, new PlaceOrder(agreementAccepted, choice)), this::placed);
    }

    private void placed(OrderReceipt receipt) {
        number.setText("");
        cvv.setText("");
        expiry.setText("");
        // Back past the side pane: Esc from the receipt returns to Membership, not to checkout.
        shell.navigator().pop();
        shell.navigator().replace(new ReceiptScreen(receipt));
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Tab", "Next field"), KeyHelp.of("Space", "Choose method"),
                KeyHelp.of("Enter", "Proceed"));
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public boolean hasUnsavedInput() {
        return !number.getText().isBlank() || !cvv.getText().isBlank() || !expiry.getText().isBlank();
    }
}

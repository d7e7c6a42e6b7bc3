package com.actionpack.tui.operator;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.ordering.Order;
import com.actionpack.tui.shell.Confirmation;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.Sheet;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.Table;
import com.actionpack.tui.sheet.SheetScreen;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's back office: wire orders awaiting payment (record funds, R8), the
 * verification queue (R2), the price table (R8, R10), cancellation tickets to refund (R15),
 * terms still provisioning (R16) and the expiry of overdue wire orders (R8). A user without
 * the Operator role sees core's refusal with its reason.
 */
public final class OperatorScreen extends SheetScreen {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);


    public OperatorScreen(ShellContext shell, CoreServices core, Actor actor) {
        super(shell, core, actor);
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new OperatorScreen(shell, core, actor);
    }

    @Override
    public String title() {
        return "Operator";
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Enter", "Act on the selected line"), KeyHelp.of("r", "Refresh"));
    }

    private static String partner(long accountId) {
        return "PartnerID " + PartnerAccount.partnerIdFor(accountId);
    }

    @Override
    protected void refresh() {
        List<Sheet.Entry> out = new ArrayList<>();
        boolean allowed = actions.run("Operator", () -> core.wirePayments().awaitingPayment(actor), orders -> {
            out.add(Sheet.heading("Wire orders awaiting payment (Enter records the funds)"));
            if (orders.isEmpty()) {
                out.add(Sheet.text("None."));
            } else {
                out.addAll(Sheet.table(new Table<Order>(List.of(
                        Column.fit("Order", Order::number),
                        Column.fit("PartnerID", o -> PartnerAccount.partnerIdFor(o.accountId())),
                        Column.fitNumber("Total", o -> o.total().format()),
                        Column.fit("Pay by", o -> o.lastPaymentDay().toString()),
                        Column.wrapping("Proof", o -> o.proof().map(p -> p.transactionReference()).orElse("none yet")))),
                        orders, o -> "order-" + o.id(), o -> () -> recordFunds(o)));
            }
        });
        if (!allowed) {
            // R4a: say how operators come to be; nothing here is offered to someone core would refuse.
            sheet.setEntries(List.of(Sheet.text("The Operator workspace is the back office's: it records wire funds, "
                    + "decides verifications, processes refunds and edits prices. "
                    + AccessPolicy.HOW_OPERATORS_ARE_APPOINTED + ". A partner account's users are never operators, "
                    + "and no operator decides for their own account.")));
            return;
        }
        actions.run("Verification queue", () -> core.accountQueries().awaitingVerification(actor), accounts -> {
            out.add(Sheet.heading("Verification queue (Enter decides)"));
            if (accounts.isEmpty()) {
                out.add(Sheet.text("None."));
            } else {
                out.addAll(Sheet.table(new Table<PartnerAccount>(List.of(
                        Column.fit("PartnerID", a -> String.valueOf(a.partnerId())),
                        Column.wrapping("Legal name", a -> a.profile().legalName()),
                        Column.fit("Country", PartnerAccount::country),
                        Column.wrapping("Note", PartnerAccount::verificationNote))), accounts, a -> "account-" + a.id(),
                        a -> () -> decide(a)));
            }
        });
        actions.run("Cancellation tickets", () -> core.cancellations().inProgress(actor), tickets -> {
            out.add(Sheet.heading("Cancellation tickets in progress (Enter refunds)"));
            if (tickets.isEmpty()) {
                out.add(Sheet.text("None."));
            } else {
                out.addAll(Sheet.table(new Table<SupportTicket>(List.of(
                        Column.fit("Ticket", SupportTicket::number),
                        Column.fit("PartnerID", t -> PartnerAccount.partnerIdFor(t.accountId())),
                        Column.fit("Opened", t -> t.openedOn().toString()),
                        Column.wrapping("Request", SupportTicket::requestText))), tickets, t -> "ticket-" + t.id(),
                        t -> () -> refund(t)));
            }
        });
        actions.run("Provisioning", () -> core.benefits().provisioning(actor), terms -> {
            out.add(Sheet.heading("Benefits being provisioned (Enter provisions now)"));
            if (terms.isEmpty()) {
                out.add(Sheet.text("None."));
            } else {
                out.addAll(Sheet.table(new Table<Membership>(List.of(
                        Column.fit("PartnerID", m -> PartnerAccount.partnerIdFor(m.accountId())),
                        Column.fitNumber("Term", m -> Integer.toString(m.term())),
                        Column.fit("Available at", m -> TIME.format(m.benefitsAvailableAt())))), terms,
                        m -> "membership-" + m.id(), m -> () -> provisionNow(m)));
            }
        });
        out.add(Sheet.heading("Housekeeping"));
        out.add(Sheet.row("expire", "[Expire overdue] Expire wire orders unpaid after " + Order.WIRE_PAYMENT_DAYS + " days",
                this::expireOverdue));
        // The price table comes last: it is two lines a country, and above the queues it pushed
        // the day's work (tickets, provisioning) below the first page of an 80x24 terminal.
        out.add(Sheet.heading("Prices by country (Enter edits)"));
        out.addAll(Sheet.table(new Table<CountryOffer>(List.of(
                Column.fit("Country", o -> o.country().equals(CountryOffer.DEFAULT_COUNTRY)
                        ? o.country() + " (any other)" : o.country()),
                Column.fitNumber("Price", o -> o.price().format()),
                Column.fitNumber("Tax", CountryOffer::taxRateText),
                Column.fit("Pay by", o -> o.cardAllowed() ? "card, wire" : "wire"),
                Column.wrapping("Wire to", CountryOffer::wireBankDetails))), core.prices().list(),
                o -> "price-" + o.country(), o -> () -> editPrice(() -> PriceForm.edit(shell, core, actor, o))));
        out.add(Sheet.row("price-new", "[Add country] Set the price of another country",
                () -> editPrice(() -> PriceForm.add(shell, core, actor))));
        sheet.setEntries(out);
    }

    // Each action asks core first ("may I, and if not every reason why"): a refused one shows its
    // reasons and asks nothing; core checks the same rules again when the action runs.

    private void recordFunds(Order o) {
        actions.confirm("Record funds", () -> core.wirePayments().mayRecordFunds(actor, o.id()),
                Confirmation.of("Record funds received",
                        "Record " + o.total().format() + " received by wire transfer for order " + o.number() + " ("
                                + partner(o.accountId()) + ").\n\nThe order becomes paid and the membership starts "
                                + "today. This cannot be undone.",
                        "Record " + o.total().format() + " received"),
                () -> actions.run("Record funds", () -> core.wirePayments().recordFundsReceived(actor, o.id()), m -> {
                    refresh();
                    shell.notices().info("Order " + o.number() + " paid: membership term " + m.term() + " started "
                            + m.startDate() + ".");
                }));
    }

    private void refund(SupportTicket t) {
        actions.confirm("Process refund", () -> core.cancellations().mayRefund(actor, t.id()),
                Confirmation.of("Process refund",
                        "Refund ticket " + t.number() + " (" + partner(t.accountId()) + "): a credit note is issued, the "
                                + "order is refunded, the membership ends and its benefits are revoked. This cannot be "
                                + "undone.",
                        "Refund " + t.number()),
                () -> actions.run("Process refund", () -> core.cancellations().processRefund(actor, t.id()), credit -> {
                    refresh();
                    shell.notices().info("Ticket " + t.number() + " refunded by credit note " + credit.number() + ".");
                }));
    }

    private void provisionNow(Membership m) {
        actions.confirm("Provision benefits", () -> core.benefits().mayProvisionNow(actor, m.id()),
                Confirmation.of("Provision benefits now",
                        "Make the benefits of " + partner(m.accountId()) + ", term " + m.term() + " available now "
                                + "instead of at " + TIME.format(m.benefitsAvailableAt()) + "?",
                        "Provision now"),
                () -> actions.run("Provision benefits", () -> core.benefits().provisionNow(actor, m.id()), done -> {
                    refresh();
                    shell.notices().info("Benefits of " + partner(m.accountId()) + " are available now.");
                }));
    }

    private void expireOverdue() {
        actions.confirm("Expire overdue", () -> core.wirePayments().mayExpireOverdue(actor),
                Confirmation.of("Expire overdue wire orders",
                        "Expire every wire order still unpaid " + Order.WIRE_PAYMENT_DAYS
                                + " days after it was placed. This cannot be undone.",
                        "Expire overdue orders"),
                () -> actions.run("Expire overdue", () -> core.wirePayments().expireOverdue(actor), count -> {
                    refresh();
                    shell.notices().info(count + (count == 1 ? " order" : " orders") + " expired.");
                }));
    }

    private void decide(PartnerAccount a) {
        actions.ifAllowed("Decide verification", () -> core.decideVerification().mayDecide(actor, a.id()),
                () -> shell.navigator().push(new DecideVerificationScreen(shell, core, actor, a)));
    }

    private void editPrice(java.util.function.Supplier<com.actionpack.tui.shell.ConsoleScreen> form) {
        actions.ifAllowed("Edit prices", () -> core.prices().mayEditPrices(actor), () -> shell.navigator().push(form.get()));
    }
}

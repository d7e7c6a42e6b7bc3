package com.actionpack.core.usecase.ordering;

import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.User;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.eligibility.AccountState;
import com.actionpack.core.eligibility.Eligibility;
import com.actionpack.core.eligibility.EligibilityRules;
import com.actionpack.core.eligibility.OfferMode;
import com.actionpack.core.eligibility.OrderCheck;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.offer.Offers;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.CardCheck;
import com.actionpack.core.ordering.LiveOrderConflictException;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.ordering.Quote;
import com.actionpack.core.ordering.WireInstructions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import com.actionpack.core.usecase.billing.InvoiceIssuer;
import com.actionpack.core.usecase.eligibility.AccountStates;
import com.actionpack.core.usecase.eligibility.LapseSweeper;
import com.actionpack.core.usecase.membership.TermStarter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** In-port: the checkout (R5, R7, R8, R9, R11). One transaction per order. */
public final class PurchaseService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccountStates states;
    private final EligibilityRules eligibility;
    private final LapseSweeper sweeper;
    private final Offers offers;
    private final OrderRepository orders;
    private final InvoiceIssuer invoices;
    private final TermStarter terms;
    private final Auditor auditor;
    private final CardCheck cards;
    private final Clock clock;

    public PurchaseService(Transactions tx, ActingUsers acting, AccountStates states, EligibilityRules eligibility,
            LapseSweeper sweeper, Offers offers, OrderRepository orders, InvoiceIssuer invoices, TermStarter terms,
            Auditor auditor, CardCheck cards, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.states = states;
        this.eligibility = eligibility;
        this.sweeper = sweeper;
        this.offers = offers;
        this.orders = orders;
        this.invoices = invoices;
        this.terms = terms;
        this.auditor = auditor;
        this.cards = cards;
        this.clock = clock;
    }

    /** What the side pane and payment dialog show: price, tax, total and the payment methods offered. */
    public Quote quote(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            PartnerAccount account = acting.accountOf(user);
            CountryOffer offer = offers.forCountry(account.country());
            List<PaymentMethod> methods = offer.cardAllowed()
                    ? List.of(PaymentMethod.CREDIT_CARD, PaymentMethod.WIRE_TRANSFER)
                    : List.of(PaymentMethod.WIRE_TRANSFER);
            return new Quote(account.country(), offer.price(), offer.taxBasisPoints(), offer.tax(), offer.total(), methods);
        });
    }

    /**
     * Read-only: may the actor's account order now, and if not, every reason why (R6, R7). The
     * purchase pane asks this before the payment dialog instead of trying {@link #placeOrder}.
     * Payment problems (card details, card not offered) are the payment dialog's, checked when
     * the order is placed.
     */
    public OrderCheck mayOrder(Actor actor, boolean agreementAccepted) {
        return tx.read(() -> {
            User user = acting.user(actor);
            AccountState state = states.load(acting.accountOf(user));
            return OrderCheck.of(eligibility.evaluate(state, user, LocalDate.now(clock)), agreementAccepted);
        });
    }

    /**
     * Read-only "may I pay this way, and why not" (R8): every problem {@link #placeOrder} would
     * find with the payment itself (card not offered in the account's country, each card
     * problem), empty when there is none. Stores nothing, so a screen asks it before it asks
     * the user to confirm a charge.
     */
    public List<Reason> checkPayment(Actor actor, PaymentChoice payment) {
        return tx.read(() -> {
            PartnerAccount account = acting.accountOf(acting.user(actor));
            if (!(payment instanceof PaymentChoice.Card card)) {
                return List.of();
            }
            if (!offers.forCountry(account.country()).cardAllowed()) {
                return List.of(cardNotOffered(account.country()));
            }
            return cards.check(card.details(), LocalDate.now(clock)).problems();
        });
    }

    private static Reason cardNotOffered(String country) {
        return Reason.of(ReasonCode.CARD_NOT_OFFERED_IN_COUNTRY, "Credit card is not offered in " + country + ".",
                "Pay by wire transfer.");
    }

    /** Places the order in one transaction; refused with every reason at once, {@link #mayOrder}'s and the payment's. */
    public OrderReceipt placeOrder(Actor actor, PlaceOrder command) {
        return tx.write(() -> {
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            User user = acting.user(actor);
            PartnerAccount account = acting.accountOf(user);
            AccountState before = states.load(account);
            if (sweeper.sweep(before, today) > 0) {
                before = states.load(account);
            }
            AccountState state = before;
            Eligibility eligible = eligibility.evaluate(state, user, today);
            List<Reason> reasons = new ArrayList<>(OrderCheck.of(eligible, command.agreementAccepted()).reasons());
            Agreement agreement = Agreement.CURRENT;
            if (command.agreementAccepted() && !agreement.version().equals(command.agreementVersion())) {
                reasons.add(Reason.of(ReasonCode.AGREEMENT_NOT_ACCEPTED, "The agreement was updated to version "
                        + agreement.version() + " since version " + command.agreementVersion() + " was accepted.",
                        "Read the agreement again and accept it before placing the order."));
            }
            CountryOffer offer = offers.forCountry(account.country());
            Optional<CardCheck.AcceptedCard> card = Optional.empty();
            if (command.payment() instanceof PaymentChoice.Card paidByCard) {
                if (!offer.cardAllowed()) {
                    reasons.add(cardNotOffered(account.country()));
                } else {
                    CardCheck.Result checked = cards.check(paidByCard.details(), today);
                    reasons.addAll(checked.problems());
                    card = checked.card();
                }
            }
            ActionRefusedException.throwIfAny(reasons);

            boolean renewal = eligible.mode() == OfferMode.RENEW;
            Membership renewing = renewal ? eligible.current().orElseThrow() : null;
            Order draft = new Order(0, "",
                    new Order.Placement(account.id(), state.nextTerm(), renewal ? OrderKind.RENEWAL : OrderKind.NEW,
                            renewal ? renewing.id() : 0, now, today, user.id()),
                    new Order.Charge(offer.price(), offer.taxBasisPoints(), offer.tax(), offer.total()),
                    new Order.Payment(command.payment().method(), card.map(c -> c.brand().label()).orElse(null),
                            card.map(CardCheck.AcceptedCard::last4).orElse(null)),
                    Order.Progress.of(OrderStatus.AWAITING_PAYMENT));
            Order placed = insert(draft);
            Agreement.AcceptedAgreement accepted = agreement.acceptedBy(user.id(), now);
            orders.recordAgreement(placed.id(), accepted);
            auditor.record(user, actor, renewal ? "order.renewal-placed" : "order.placed", "order " + placed.number(), "",
                    placed.paymentMethod().label() + " " + placed.total().format()
                            + (renewal ? ", renewing term " + renewing.term() : ", a new membership")
                            + "; agreement " + accepted.label() + " accepted");

            if (card.isPresent()) {
                Order paid = placed.paid(today);
                orders.update(paid);
                Invoice invoice = invoices.issueFor(paid, account, today, "");
                TermStarter.TermStart start = terms.start(paid, now, today);
                Membership started = start.started();
                auditor.record(user, actor, "order.paid", "order " + paid.number(), "AWAITING_PAYMENT",
                        "PAID by " + paid.cardBrand() + " ending " + paid.cardLast4() + ", invoice " + invoice.number());
                auditor.record(user, actor, start.action(), "membership term " + started.term(),
                        start.renewed().map(p -> "term " + p.term() + " ACTIVE").orElse(""), start.describe());
                return new OrderReceipt(paid, invoice, Optional.of(started), Optional.empty());
            }
            WireInstructions wire = WireInstructions.of(placed, offer.wireBankDetails(), account.partnerId());
            Invoice invoice = invoices.issueFor(placed, account, today, wire.asText());
            return new OrderReceipt(placed, invoice, Optional.empty(), Optional.of(wire));
        });
    }

    private Order insert(Order draft) {
        try {
            return orders.insert(draft);
        } catch (LiveOrderConflictException raced) {
            throw ActionRefusedException.of(ReasonCode.ALREADY_PURCHASED,
                    "Another order for this account was placed at the same moment (one Action Pack per account).",
                    "Open Membership to see it.");
        }
    }
}

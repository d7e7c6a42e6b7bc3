package com.actionpack.core.usecase.cancellation;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.benefits.RedemptionRepository;
import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.billing.InvoiceRepository;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.cancellation.CancellationOutcome;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.cancellation.SupportTicketRepository;
import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.eligibility.AccountState;
import com.actionpack.core.eligibility.CancellationCheck;
import com.actionpack.core.eligibility.CancellationRules;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import com.actionpack.core.usecase.billing.InvoiceIssuer;
import com.actionpack.core.usecase.eligibility.AccountStates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * In-port: cancellation as a support ticket (R15). A request within the rules opens a ticket
 * IN_PROGRESS (while it is open, Buy and redemptions are held); support then processes it:
 * credit note (R9), order refunded, membership ended, benefits revoked. A request outside
 * the rules is recorded as a REFUSED ticket that says which conditions failed.
 */
public final class CancellationService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AccountStates states;
    private final CancellationRules rules;
    private final SupportTicketRepository tickets;
    private final RedemptionRepository redemptions;
    private final OrderRepository orders;
    private final MembershipRepository memberships;
    private final InvoiceRepository invoices;
    private final InvoiceIssuer issuer;
    private final Auditor auditor;
    private final Clock clock;

    public CancellationService(Transactions tx, ActingUsers acting, AccessPolicy access, AccountStates states,
            CancellationRules rules, SupportTicketRepository tickets, RedemptionRepository redemptions,
            OrderRepository orders, MembershipRepository memberships, InvoiceRepository invoices, InvoiceIssuer issuer,
            Auditor auditor, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.states = states;
        this.rules = rules;
        this.tickets = tickets;
        this.redemptions = redemptions;
        this.orders = orders;
        this.memberships = memberships;
        this.invoices = invoices;
        this.issuer = issuer;
        this.auditor = auditor;
        this.clock = clock;
    }

    public CancellationCheck check(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            return evaluate(user, states.load(acting.accountOf(user)), LocalDate.now(clock));
        });
    }

    public CancellationOutcome request(Actor actor, String requestText) {
        return tx.write(() -> {
            LocalDate today = LocalDate.now(clock);
            User user = acting.user(actor);
            access.require(user, Permission.MANAGE_MEMBERSHIP);
            PartnerAccount account = acting.accountOf(user);
            AccountState state = states.load(account);
            CancellationCheck check = evaluate(user, state, today);
            if (check.reasons().stream().anyMatch(r -> r.code() == ReasonCode.NO_MEMBERSHIP
                    || r.code() == ReasonCode.CANCELLATION_IN_PROGRESS)) {
                throw new ActionRefusedException(check.reasons());
            }
            Membership membership = state.currentMembership(today).orElseThrow();
            TicketStatus status = check.allowed() ? TicketStatus.IN_PROGRESS : TicketStatus.REFUSED;
            String note = check.reasons().stream().map(Reason::message).collect(Collectors.joining(" "));
            SupportTicket ticket = tickets.insert(new SupportTicket(0, "", account.id(), membership.orderId(),
                    membership.id(), status, requestText, user.id(), today, note, check.allowed() ? null : today));
            auditor.record(user, actor, "cancellation.requested", "ticket " + ticket.number(), "", status.name()
                    + (note.isEmpty() ? "" : ": " + note));
            return new CancellationOutcome(ticket, check.reasons());
        });
    }

    /** The account's cancellation tickets, newest first, with their status (R15). */
    public List<SupportTicket> tickets(Actor actor) {
        return tx.read(() -> tickets.listByAccount(acting.user(actor).accountId()));
    }

    /** Cancellation tickets waiting for support, across accounts (operator); never the operator's own (R4a). */
    public List<SupportTicket> inProgress(Actor actor) {
        return tx.read(() -> {
            User operator = acting.user(actor);
            access.require(operator, Permission.OPERATE);
            return tickets.listInProgress().stream().filter(t -> t.accountId() != operator.accountId()).toList();
        });
    }

    /**
     * Read-only "may this operator refund this ticket now, and if not every reason why" (R15,
     * R4a): not an operator; no such ticket in progress; a ticket of the operator's own account;
     * a benefit of the purchase used after the request (a redemption or a viewed product key).
     * Empty when {@link #processRefund} would succeed; both decide with the same method.
     */
    public List<Reason> mayRefund(Actor actor, long ticketId) {
        return tx.read(() -> refundProblems(acting.user(actor), ticketId).reasons());
    }

    /** What {@link #refundProblems} found: the open ticket when there is one, and every reason to refuse. */
    private record RefundCheck(java.util.Optional<SupportTicket> ticket, List<Reason> reasons) {
    }

    private RefundCheck refundProblems(User operator, long ticketId) {
        List<Reason> reasons = new java.util.ArrayList<>();
        access.check(operator, Permission.OPERATE).ifPresent(reasons::add);
        java.util.Optional<SupportTicket> ticket = tickets.find(ticketId).filter(t -> t.status() == TicketStatus.IN_PROGRESS);
        if (ticket.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NOT_FOUND, "There is no cancellation ticket in progress with that id.",
                    "Refresh the queue (r) and pick one from it."));
            return new RefundCheck(ticket, reasons);
        }
        access.checkNotOwnAccount(operator, ticket.get().accountId(), "the refund").ifPresent(reasons::add);
        // Redemptions are held while the ticket is open, but a product key may still be shown: R15
        // forbids the refund either way, so say which.
        memberships.find(ticket.get().membershipId()).ifPresent(membership -> {
            List<com.actionpack.core.benefits.Redemption> used = redemptions.listByMembership(membership.id());
            if (!used.isEmpty()) {
                reasons.add(Reason.of(ReasonCode.BENEFIT_ALREADY_REDEEMED, "A benefit of this purchase was redeemed on "
                        + used.get(0).activatedOn() + ".", "A purchase whose benefits were used cannot be refunded."));
            }
            if (membership.productKeyViewed()) {
                reasons.add(Reason.of(ReasonCode.PRODUCT_KEY_VIEWED, "A product key of this purchase was viewed.",
                        "A purchase whose product keys were shown cannot be refunded."));
            }
        });
        return new RefundCheck(ticket, reasons);
    }

    /** Support processes an open ticket: refund with a credit note, end the term, revoke benefits. */
    public Invoice processRefund(Actor actor, long ticketId) {
        return tx.write(() -> {
            LocalDate today = LocalDate.now(clock);
            User operator = acting.user(actor);
            RefundCheck check = refundProblems(operator, ticketId);
            ActionRefusedException.throwIfAny(check.reasons());
            SupportTicket ticket = check.ticket().orElseThrow();
            Order order = orders.find(ticket.orderId()).orElseThrow();
            Membership membership = memberships.find(ticket.membershipId()).orElseThrow();
            InvoiceView original = invoices.listByOrder(order.id()).stream()
                    .filter(v -> v.invoice().kind() == DocumentKind.INVOICE).findFirst().orElseThrow();
            Invoice credit = issuer.creditNoteFor(original.invoice(), today);
            orders.update(order.closed(OrderStatus.REFUNDED, today));
            memberships.update(membership.closed(MembershipStatus.CANCELLED, today));
            // Refunding a renewal revokes only what the renewal bought: the term it superseded
            // keeps its own dates and benefits up to its AD + 30 (R12).
            String restored = order.kind() == OrderKind.RENEWAL ? memberships.find(order.renewsMembershipId())
                    .filter(previous -> previous.status() == MembershipStatus.RENEWED)
                    .map(previous -> {
                        memberships.update(previous.closed(MembershipStatus.ACTIVE, null));
                        return "; term " + previous.term() + " ACTIVE again until " + previous.dates().renewalWindowCloses();
                    }).orElse("") : "";
            tickets.update(ticket.decided(TicketStatus.ACCEPTED, "Refunded by credit note " + credit.number(), today));
            auditor.recordFor(order.accountId(), operator, actor, "cancellation.refunded", "ticket " + ticket.number(),
                    "IN_PROGRESS; order " + order.number() + " PAID; term " + membership.term() + " ACTIVE",
                    "ACCEPTED; order REFUNDED by " + credit.number() + "; term CANCELLED, benefits revoked" + restored);
            return credit;
        });
    }

    private CancellationCheck evaluate(User user, AccountState state, LocalDate today) {
        List<com.actionpack.core.benefits.Redemption> used = state.currentMembership(today)
                .map(m -> redemptions.listByMembership(m.id())).orElse(List.of());
        return rules.evaluate(state, user, used, today);
    }
}

package com.actionpack.core.testing;

import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.core.common.Money;
import com.actionpack.core.eligibility.AccountState;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentMethod;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Hand-built values for testing the pure rule classes without any store. */
public final class States {

    private States() {
    }

    public static PartnerAccount account(boolean enrolled, VerificationStatus verification) {
        return new PartnerAccount(1, "4000001", CoreFixture.profile("Contoso Ltd", "US"), verification, "",
                enrolled ? LocalDate.of(2025, 1, 1) : null);
    }

    public static PartnerAccount readyAccount() {
        return account(true, VerificationStatus.VERIFIED);
    }

    public static User user(Role... roles) {
        return new User(7, 1, "someone@contoso.example", "Someone", Set.of(roles));
    }

    public static Membership membership(LocalDate paidOn) {
        return new Membership(11, 1, 10, 1, paidOn, MembershipStatus.ACTIVE,
                paidOn.atTime(12, 0).toInstant(ZoneOffset.UTC).plusSeconds(86_400), null, null, null, null);
    }

    public static Order wireOrder(LocalDate placedOn) {
        Money net = Money.of(47_500, "USD");
        return new Order(20, "AP-00000020",
                new Order.Placement(1, 1, OrderKind.NEW, 0, placedOn.atTime(12, 0).toInstant(ZoneOffset.UTC), placedOn, 7),
                new Order.Charge(net, 0, Money.zero("USD"), net), new Order.Payment(PaymentMethod.WIRE_TRANSFER, null, null),
                Order.Progress.of(OrderStatus.AWAITING_PAYMENT));
    }

    public static SupportTicket ticketInProgress(LocalDate openedOn) {
        return new SupportTicket(30, "SR-00000030", 1, 10, 11, TicketStatus.IN_PROGRESS, "please refund", 7, openedOn,
                "", null);
    }

    public static AccountState state(PartnerAccount account, List<Order> orders, List<Membership> memberships,
            List<SupportTicket> tickets) {
        return new AccountState(account, orders, memberships, tickets);
    }

    public static AccountState holding(Membership membership) {
        return state(readyAccount(), List.of(), List.of(membership), List.of());
    }
}

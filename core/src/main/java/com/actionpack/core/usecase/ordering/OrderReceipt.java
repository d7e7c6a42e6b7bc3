package com.actionpack.core.usecase.ordering;

import com.actionpack.core.billing.Invoice;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.WireInstructions;
import java.util.Optional;

/** What placing an order produced: the order, its invoice, and the membership or wire instructions. */
public record OrderReceipt(Order order, Invoice invoice, Optional<Membership> membership,
        Optional<WireInstructions> wireInstructions) {
}

package com.actionpack.core.ordering;

import com.actionpack.core.common.Money;
import java.time.LocalDate;

/** What the checkout shows for a wire transfer (R8): where to pay, how much, what to quote, by when. */
public record WireInstructions(String bankDetails, Money amount, String reference, LocalDate lastPaymentDay) {

    public static WireInstructions of(Order order, String bankDetails, String partnerId) {
        return new WireInstructions(bankDetails, order.total(), order.number() + " / PartnerID " + partnerId,
                order.lastPaymentDay());
    }

    public String asText() {
        return bankDetails + "\nAmount: " + amount.format() + "\nReference to quote: " + reference
                + "\nPay by: " + lastPaymentDay + " (the last day; unpaid, the order expires the day after)";
    }
}

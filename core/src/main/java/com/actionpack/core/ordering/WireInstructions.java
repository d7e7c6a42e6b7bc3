package com.actionpack.core.ordering;

import com.actionpack.core.common.Money;
import java.time.LocalDate;

/** What the checkout shows for a wire transfer (R8): where to pay, how much, what to quote, by when. */
public record WireInstructions(String bankDetails, Money amount, String reference, LocalDate expiresOn) {

    public static WireInstructions of(Order order, String bankDetails, String partnerId) {
        return new WireInstructions(bankDetails, order.total(), order.number() + " / PartnerID " + partnerId,
                order.wireExpiresOn());
    }

    public String asText() {
        return bankDetails + "\nAmount: " + amount.format() + "\nReference to quote: " + reference
                + "\nPay before: " + expiresOn + " (the order expires unpaid on that day)";
    }
}

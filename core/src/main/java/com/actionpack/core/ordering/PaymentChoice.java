package com.actionpack.core.ordering;

import java.util.Objects;

/** How the admin chose to pay at checkout (R8). */
public sealed interface PaymentChoice {

    PaymentMethod method();

    record Card(CardDetails details) implements PaymentChoice {
        public Card {
            Objects.requireNonNull(details, "details");
        }

        @Override
        public PaymentMethod method() {
            return PaymentMethod.CREDIT_CARD;
        }
    }

    record Wire() implements PaymentChoice {
        @Override
        public PaymentMethod method() {
            return PaymentMethod.WIRE_TRANSFER;
        }
    }
}

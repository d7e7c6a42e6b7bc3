package com.actionpack.core.ordering;

import com.actionpack.core.common.Money;
import java.util.List;

/** The price the account would pay and how it may pay (R8, R10). */
public record Quote(String country, Money net, int taxBasisPoints, Money tax, Money total, List<PaymentMethod> methods) {

    public Quote {
        methods = List.copyOf(methods);
    }

    public boolean cardOffered() {
        return methods.contains(PaymentMethod.CREDIT_CARD);
    }
}

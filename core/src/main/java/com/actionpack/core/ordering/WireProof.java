package com.actionpack.core.ordering;

import com.actionpack.core.common.Require;
import java.time.LocalDate;
import java.util.Objects;

/** Proof of a wire payment uploaded by the admin (R8). */
public record WireProof(LocalDate paymentDate, String payingAccount, String transactionReference, String documentRef) {

    public WireProof {
        Objects.requireNonNull(paymentDate, "payment date");
        payingAccount = Require.text(payingAccount, "paying account");
        transactionReference = Require.text(transactionReference, "transaction reference");
        documentRef = Require.optionalText(documentRef);
    }
}

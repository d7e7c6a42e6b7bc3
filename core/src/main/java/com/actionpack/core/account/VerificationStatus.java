package com.actionpack.core.account;

/** R2: the state of the legal profile's verification. */
public enum VerificationStatus {
    PENDING,
    VERIFIED,
    REJECTED
}

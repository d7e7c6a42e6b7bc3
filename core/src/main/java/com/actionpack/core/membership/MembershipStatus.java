package com.actionpack.core.membership;

/** The recorded state of a membership term. An ACTIVE term past AD + 30 is expired (R12). */
public enum MembershipStatus {
    ACTIVE,
    /** Superseded by the next term bought in the renewal window. */
    RENEWED,
    /** Lapsed after AD + 30 without renewal. */
    EXPIRED,
    /** Refunded within 30 days; benefits revoked (R15). */
    CANCELLED
}

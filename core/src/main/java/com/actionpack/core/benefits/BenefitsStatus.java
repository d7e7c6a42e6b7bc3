package com.actionpack.core.benefits;

/** R16: where the account's benefits stand. */
public enum BenefitsStatus {
    /** No current membership: nothing to provision. */
    NONE,
    PROVISIONING,
    AVAILABLE
}

package com.actionpack.core.account;

/** R4: the roles a user holds within one partner account. */
public enum Role {
    GLOBAL_ADMIN("Global admin"),
    ACCOUNT_ADMIN("Account admin"),
    MPN_PARTNER_ADMIN("MPN Partner admin"),
    BILLING_ADMIN("Billing admin"),
    READER("Reader"),
    /** Back-office: records wire payments, decides verifications, edits prices. */
    OPERATOR("Operator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

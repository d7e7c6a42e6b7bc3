package com.actionpack.core.benefits;

/**
 * How a benefit is redeemed (R18a). A property of each catalog row, kept beside the source's
 * published table (whose "Benefit Type" column LAPS does not fill), so that a LAPS product is
 * redeemed exactly as the same product in MAPS is.
 */
public enum RedemptionKind {
    /** On-premises software: redeeming reveals a product key; viewing it ends the right to cancel (R15). */
    PRODUCT_KEY("product key"),
    /** A cloud service activated for a tenant or user. */
    ACTIVATION("activated for a tenant or user"),
    /**
     * The monthly Azure credit: activated once per term for a tenant, then credited every month
     * until the term's benefits end date.
     */
    RECURRING_CREDIT("monthly credit for a tenant"),
    /** Hours or incidents, consumed in units; neither a key nor a tenant. */
    SERVICE_UNITS("used in units (hours or incidents)");

    private final String description;

    RedemptionKind(String description) {
        this.description = description;
    }

    /** A few words for lists, e.g. "product key". */
    public String description() {
        return description;
    }

    /** True when redeeming names the tenant or user the benefit is activated for. */
    public boolean needsTarget() {
        return this == ACTIVATION || this == RECURRING_CREDIT;
    }
}

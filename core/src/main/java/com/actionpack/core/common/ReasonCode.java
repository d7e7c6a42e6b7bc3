package com.actionpack.core.common;

/** Why an action is refused. Every refusal names one of these and says what to do (R6). */
public enum ReasonCode {
    NOT_ENROLLED,
    NOT_VERIFIED,
    MISSING_ROLE,
    ALREADY_PURCHASED,
    RENEWAL_WINDOW_NOT_OPEN,
    AWAITING_WIRE_PAYMENT,
    CANCELLATION_IN_PROGRESS,
    AGREEMENT_NOT_ACCEPTED,
    CARD_NOT_OFFERED_IN_COUNTRY,
    INVALID_CARD,
    NO_PRICE_FOR_COUNTRY,
    ORDER_NOT_FOUND,
    ORDER_NOT_AWAITING_PAYMENT,
    NO_MEMBERSHIP,
    CANCELLATION_WINDOW_CLOSED,
    BENEFIT_ALREADY_REDEEMED,
    PRODUCT_KEY_VIEWED,
    BENEFITS_NOT_PROVISIONED,
    PACK_NOT_CHOSEN,
    PACK_ALREADY_CHOSEN,
    BENEFIT_NOT_IN_PACK,
    QUANTITY_EXCEEDED,
    INVALID_QUANTITY,
    /** R18a: a benefit activated for a tenant or user was redeemed without one. */
    TARGET_REQUIRED,
    LAST_GLOBAL_ADMIN,
    USER_NOT_FOUND,
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    /** R4a: separation of duties: an operator never decides for their own account. */
    OWN_ACCOUNT,
    /** R4a: a partner account's user can never be made an operator. */
    PARTNER_USER,
    /** R8, R8a: no unpaid wire order is past its last day to pay, so there is nothing to expire. */
    NOTHING_OVERDUE,
    /** R16: the term's benefits are available already; there is nothing to provision. */
    ALREADY_PROVISIONED,
    /** R2: the account's verification is not pending: another operator decided it, or the profile was not sent. */
    NOT_PENDING
}

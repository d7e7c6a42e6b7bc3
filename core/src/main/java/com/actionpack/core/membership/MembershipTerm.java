package com.actionpack.core.membership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of one membership term, all derived from the day it was paid (R11, R12). Only this
 * class does that date arithmetic.
 */
public record MembershipTerm(LocalDate paidOn) {

    public static final int TERM_DAYS = 365;
    public static final int RENEWAL_WINDOW_DAYS = 30;
    public static final int CANCELLATION_DAYS = 30;

    public MembershipTerm {
        Objects.requireNonNull(paidOn, "paidOn");
    }

    /** Membership end date, also the anniversary date (AD): paid + 365 days (R11). */
    public LocalDate endDate() {
        return paidOn.plusDays(TERM_DAYS);
    }

    public LocalDate anniversaryDate() {
        return endDate();
    }

    /** The renewal window is AD to AD + 30 inclusive (R11). */
    public LocalDate renewalWindowOpens() {
        return endDate();
    }

    public LocalDate renewalWindowCloses() {
        return endDate().plusDays(RENEWAL_WINDOW_DAYS);
    }

    /** Benefits end date: membership end + 30 days (R12). */
    public LocalDate benefitsEndDate() {
        return endDate().plusDays(RENEWAL_WINDOW_DAYS);
    }

    public boolean isRenewalWindowOpen(LocalDate today) {
        return !today.isBefore(renewalWindowOpens()) && !today.isAfter(renewalWindowCloses());
    }

    /** After AD + 30 without renewal the membership and its benefits expire (R12). */
    public boolean hasLapsed(LocalDate today) {
        return today.isAfter(renewalWindowCloses());
    }

    /** Cancellation is allowed up to and including day 30 after purchase (R15). */
    public LocalDate lastCancellationDay() {
        return paidOn.plusDays(CANCELLATION_DAYS);
    }

    public boolean isWithinCancellationPeriod(LocalDate today) {
        return !today.isAfter(lastCancellationDay());
    }
}

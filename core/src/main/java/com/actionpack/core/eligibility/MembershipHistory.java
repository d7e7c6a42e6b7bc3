package com.actionpack.core.eligibility;

import com.actionpack.core.membership.Membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every membership term of an account, oldest first, with how each ended, and the day the
 * answer is for (the app's clock, or the preview day of R14): for the Membership screen's
 * timeline and, once no term is current, its history (R11, R12).
 *
 * @param today the day the states were read for
 * @param terms all terms, oldest first; a term's {@code status} and {@code closedOn} say how it ended
 */
public record MembershipHistory(LocalDate today, List<Membership> terms) {

    public MembershipHistory {
        Objects.requireNonNull(today, "today");
        terms = List.copyOf(terms);
    }
}

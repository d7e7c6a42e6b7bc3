package com.actionpack.core.membership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * R22: what the Membership workspace tells an account about renewing. From AD - 30 until the
 * window opens, how many days remain until it opens; inside the window (AD through AD + 30),
 * how many days remain to renew, today included. Outside those days there is nothing to say.
 *
 * @param stage before or inside the renewal window
 * @param days days until the window opens (30 on AD - 30, 1 on AD - 1), or days left to renew
 *     counting today (31 on AD, 1 on AD + 30, the last day)
 * @param date the day the window opens, or its last day
 */
public record RenewalReminder(Stage stage, long days, LocalDate date) {

    /** The reminder starts this many days before the window opens (AD - 30). */
    public static final int NOTICE_DAYS = 30;

    /** Where today stands against the renewal window. */
    public enum Stage {
        /** AD - 30 through AD - 1: the window opens on {@link #date()}. */
        WINDOW_OPENS_IN,
        /** AD through AD + 30: renew by {@link #date()}. */
        WINDOW_OPEN
    }

    public RenewalReminder {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
    }

    /** The reminder for {@code term} on {@code today}, or empty before AD - 30 and after AD + 30. */
    public static Optional<RenewalReminder> of(MembershipTerm term, LocalDate today) {
        LocalDate opens = term.renewalWindowOpens();
        LocalDate closes = term.renewalWindowCloses();
        if (today.isBefore(opens.minusDays(NOTICE_DAYS)) || today.isAfter(closes)) {
            return Optional.empty();
        }
        if (today.isBefore(opens)) {
            return Optional.of(new RenewalReminder(Stage.WINDOW_OPENS_IN, ChronoUnit.DAYS.between(today, opens), opens));
        }
        return Optional.of(new RenewalReminder(Stage.WINDOW_OPEN, ChronoUnit.DAYS.between(today, closes) + 1, closes));
    }
}

package com.actionpack.core.membership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * R22: a term whose renewal window opens (AD) or closes (AD + 30, its last day) within a span
 * of days: a row of the operator's renewals-due report.
 *
 * @param event whether the window opens or closes in the span; when both do, the opening
 * @param date the day of that event
 * @param daysFromStart days from the span's first day (today, for "within N days") to the event
 */
public record RenewalDue(Event event, LocalDate date, long daysFromStart) {

    /** How many days ahead the report looks when none is given. */
    public static final int DEFAULT_WITHIN_DAYS = 30;

    /** What happens to the window in the span. */
    public enum Event {
        OPENS,
        CLOSES
    }

    public RenewalDue {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
    }

    /** The first window event of {@code term} from {@code from} through {@code to} inclusive, if any. */
    public static Optional<RenewalDue> between(MembershipTerm term, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        LocalDate opens = term.renewalWindowOpens();
        if (!opens.isBefore(from) && !opens.isAfter(to)) {
            return Optional.of(new RenewalDue(Event.OPENS, opens, ChronoUnit.DAYS.between(from, opens)));
        }
        LocalDate closes = term.renewalWindowCloses();
        if (!closes.isBefore(from) && !closes.isAfter(to)) {
            return Optional.of(new RenewalDue(Event.CLOSES, closes, ChronoUnit.DAYS.between(from, closes)));
        }
        return Optional.empty();
    }
}

package com.actionpack.tui.membership;

import com.actionpack.core.membership.MembershipTerm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A membership term as one line of characters, from the purchase to the end of its benefits,
 * with today marked: {@code =} the term up to its anniversary, {@code ~} the renewal window,
 * {@code -} benefits only, {@code |} the anniversary, {@code @} today. Plain ASCII, so it reads
 * the same without colour (NO_COLOR, TERM=dumb), and both lines fit 78 columns (the last of 80
 * stays free). A legend line under it names the marks: "purchase" under the first day,
 * "benefits end" under the last, and today's day (or that it is before or after the term).
 */
final class TermTimeline {

    /** Columns of the bar between its two dates. */
    static final int BAR = 50;

    private TermTimeline() {
    }

    /** The bar line and its legend line. */
    static List<String> lines(LocalDate start, MembershipTerm dates, LocalDate today) {
        LocalDate end = dates.benefitsEndDate();
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        char[] bar = new char[BAR];
        for (int i = 0; i < BAR; i++) {
            LocalDate day = start.plusDays(span * i / BAR);
            bar[i] = day.isBefore(dates.anniversaryDate()) ? '='
                    : day.isBefore(dates.renewalWindowCloses()) ? '~' : '-';
        }
        bar[column(start, span, dates.anniversaryDate())] = '|';
        boolean inside = !today.isBefore(start) && !today.isAfter(end);
        if (inside) {
            bar[column(start, span, today)] = '@';
        }
        String line = " " + start + " [" + new String(bar) + "] " + end;
        String todayText = inside ? "@ today " + today
                : "today " + today + (today.isBefore(start) ? " (before)" : " (after)");
        String marks = todayText + "  | anniversary  ~ renewal window";
        String first = " purchase";
        String last = "benefits end";
        int room = line.length() - first.length() - last.length();
        if (marks.length() + 2 > room) {
            marks = todayText + "  | anniversary  ~ window";
        }
        int gap = Math.max(2, room - marks.length());
        String legend = first + " ".repeat(gap / 2) + marks + " ".repeat(gap - gap / 2) + last;
        return List.of(line, legend);
    }

    private static int column(LocalDate start, long span, LocalDate day) {
        long days = ChronoUnit.DAYS.between(start, day);
        return (int) Math.max(0, Math.min(BAR - 1, days * BAR / span));
    }
}

package com.actionpack.core.usecase.membership;

import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.usecase.Auditor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Starts the membership term an order pays for (R11): a renewal paid inside the window
 * supersedes the term it renews and is numbered after it; a renewal paid after AD + 30 is a new
 * membership numbered 1, and the lapsed term is recorded EXPIRED as of AD + 31 (R11a).
 * Benefits provision within 24 hours (R16).
 */
public final class TermStarter {

    /** Benefits take up to 24 hours to provision (R16). */
    public static final Duration PROVISIONING_TIME = Duration.ofHours(24);

    private final MembershipRepository memberships;
    private final Auditor auditor;

    public TermStarter(MembershipRepository memberships, Auditor auditor) {
        this.memberships = memberships;
        this.auditor = auditor;
    }

    /**
     * The term a renewal order paid on {@code payDay} supersedes: the one it renews, while it is
     * still current on that day (AD + 30 at the latest, R11a); empty for a new enrollment and a
     * late renewal.
     */
    public Optional<Membership> superseded(Order paid, LocalDate payDay) {
        if (paid.kind() != OrderKind.RENEWAL) {
            return Optional.empty();
        }
        return memberships.find(paid.renewsMembershipId()).filter(previous -> Lifecycle.current(previous, payDay));
    }

    /**
     * Starts the term paid by {@code paid} today; returns what happened for the caller's audit
     * entry. A late renewal's lapsed term is closed here, with its own system audit entry.
     */
    public TermStart start(Order paid, Instant now, LocalDate today) {
        Optional<Membership> previous = superseded(paid, today);
        previous.ifPresent(p -> memberships.update(p.closed(MembershipStatus.RENEWED, today)));
        Optional<Membership> lapsed = paid.kind() == OrderKind.RENEWAL && previous.isEmpty()
                ? memberships.find(paid.renewsMembershipId()).map(m -> recordLapse(m, today))
                : Optional.empty();
        int term = previous.map(p -> p.term() + 1).orElse(1);
        Membership started = memberships.insert(new Membership(0, paid.accountId(), paid.id(), term, today,
                MembershipStatus.ACTIVE, now.plus(PROVISIONING_TIME), null, null, null, null));
        return new TermStart(started, previous, lapsed);
    }

    /** Records the lapse a late renewal reveals, unless the sweep already did (R11a, R21). */
    private Membership recordLapse(Membership m, LocalDate today) {
        Membership asOfToday = Lifecycle.membership(m, today);
        if (m.status() == MembershipStatus.ACTIVE && asOfToday.status() == MembershipStatus.EXPIRED) {
            memberships.update(asOfToday);
            auditor.recordSystem(m.accountId(), "system", "membership.expired", "membership term " + m.term(),
                    "ACTIVE", "EXPIRED as of " + asOfToday.closedOn() + " (not renewed by " + m.dates().renewalWindowCloses()
                            + ")");
        }
        return asOfToday;
    }

    /**
     * What starting a term did.
     *
     * @param started the new term
     * @param renewed the term it superseded (a renewal paid inside the window), else empty
     * @param lapsed the term a late renewal meant to renew, now EXPIRED (R11a), else empty
     */
    public record TermStart(Membership started, Optional<Membership> renewed, Optional<Membership> lapsed) {

        /** The audit action: a renewal only when it extends an unbroken membership. */
        public String action() {
            return renewed.isPresent() ? "membership.renewed" : "membership.started";
        }

        /** The audit entry's "after": the new term's dates and what became of the one before. */
        public String describe() {
            String dates = "term " + started.term() + " ACTIVE " + started.startDate() + " to " + started.dates().endDate();
            return dates + renewed.map(p -> "; term " + p.term() + " RENEWED, its benefits until "
                    + p.dates().benefitsEndDate()).orElse("")
                    + lapsed.map(p -> "; a new purchase: term " + p.term() + " had EXPIRED on " + p.closedOn()
                            + ", so this renewal paid after its window starts a new membership").orElse("");
        }
    }
}

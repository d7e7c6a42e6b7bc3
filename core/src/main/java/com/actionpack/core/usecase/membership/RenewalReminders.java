package com.actionpack.core.usecase.membership;

import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.RenewalReminder;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.eligibility.AccountStates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Read-only query (R22): the signed-in user's account's renewal reminder today: days until the
 * window opens from AD - 30, days left to renew inside it. Empty without a current term or
 * outside those days (a term renewed inside the window is no longer current: the new one is).
 */
public final class RenewalReminders {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccountStates states;
    private final Clock clock;

    public RenewalReminders(Transactions tx, ActingUsers acting, AccountStates states, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.states = states;
        this.clock = clock;
    }

    public Optional<RenewalReminder> forMyAccount(Actor actor) {
        return tx.read(() -> {
            LocalDate today = LocalDate.now(clock);
            Optional<Membership> current = states.load(acting.accountOf(acting.user(actor))).currentMembership(today);
            return current.flatMap(m -> RenewalReminder.of(m.dates(), today));
        });
    }
}

package com.actionpack.core.usecase.eligibility;

import com.actionpack.core.eligibility.MembershipHistory;
import com.actionpack.core.membership.Membership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.actionpack.core.account.User;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.eligibility.Eligibility;
import com.actionpack.core.eligibility.EligibilityRules;
import com.actionpack.core.usecase.ActingUsers;
import java.time.Clock;
import java.time.LocalDate;

/** In-port: "Why is Buy/Renew disabled?" (R6). */
public final class EligibilityService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccountStates states;
    private final EligibilityRules rules;
    private final Clock clock;

    public EligibilityService(Transactions tx, ActingUsers acting, AccountStates states, EligibilityRules rules, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.states = states;
        this.rules = rules;
        this.clock = clock;
    }

    /** Read-only: every term of the actor's account, oldest first, and today (R11, R12, R14). */
    public MembershipHistory history(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            List<Membership> terms = new ArrayList<>(states.load(acting.accountOf(user)).memberships());
            terms.sort(Comparator.comparingInt(Membership::term));
            return new MembershipHistory(LocalDate.now(clock), terms);
        });
    }

    public Eligibility check(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            return rules.evaluate(states.load(acting.accountOf(user)), user, LocalDate.now(clock));
        });
    }
}

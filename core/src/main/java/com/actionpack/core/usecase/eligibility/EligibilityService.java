package com.actionpack.core.usecase.eligibility;

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

    public Eligibility check(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            return rules.evaluate(states.load(acting.accountOf(user)), user, LocalDate.now(clock));
        });
    }
}

package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import java.time.Clock;
import java.time.LocalDate;

/** In-port: the account joins the AI Cloud Partner Program, today by the injected clock (R3, R14). */
public final class EnrollInProgram {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final Auditor auditor;
    private final Clock clock;

    public EnrollInProgram(Transactions tx, ActingUsers acting, AccessPolicy access, AccountRepository accounts,
            Auditor auditor, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.accounts = accounts;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Read-only "may this user enroll the account now, and if not every reason why" (R3, R4):
     * the role, and an account not enrolled yet (CONFLICT). Empty when {@link #enroll} would
     * succeed; both decide with the same method. Stores nothing.
     */
    public List<Reason> mayEnroll(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            return problems(user, acting.accountOf(user));
        });
    }

    private List<Reason> problems(User user, PartnerAccount account) {
        List<Reason> reasons = new ArrayList<>();
        access.check(user, Permission.MANAGE_PROFILE).ifPresent(reasons::add);
        if (account.isEnrolled()) {
            reasons.add(Reason.of(ReasonCode.CONFLICT,
                    "The account joined the AI Cloud Partner Program on " + account.enrolledOn() + ".", ""));
        }
        return reasons;
    }

    /** Refused with every reason of {@link #mayEnroll} (CONFLICT when the account is enrolled already). */
    public PartnerAccount enroll(Actor actor) {
        return tx.write(() -> {
            User user = acting.user(actor);
            PartnerAccount before = acting.accountOf(user);
            ActionRefusedException.throwIfAny(problems(user, before));
            PartnerAccount after = before.withEnrollment(LocalDate.now(clock));
            accounts.update(after);
            auditor.record(user, actor, "program.enrolled", "account " + before.partnerId(), "not enrolled",
                    "enrolled " + after.enrolledOn());
            return after;
        });
    }
}

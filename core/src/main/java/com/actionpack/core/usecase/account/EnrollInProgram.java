package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
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

    /** Refused (CONFLICT) when the account is enrolled already. */
    public PartnerAccount enroll(Actor actor) {
        return tx.write(() -> {
            User user = acting.user(actor);
            access.require(user, Permission.MANAGE_PROFILE);
            PartnerAccount before = acting.accountOf(user);
            if (before.isEnrolled()) {
                throw ActionRefusedException.of(ReasonCode.CONFLICT,
                        "The account joined the AI Cloud Partner Program on " + before.enrolledOn() + ".", "");
            }
            PartnerAccount after = before.withEnrollment(LocalDate.now(clock));
            accounts.update(after);
            auditor.record(user, actor, "program.enrolled", "account " + before.partnerId(), "not enrolled",
                    "enrolled " + after.enrolledOn());
            return after;
        });
    }
}

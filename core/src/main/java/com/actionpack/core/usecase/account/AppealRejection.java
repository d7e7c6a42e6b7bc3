package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;

/** In-port: an admin appeals a rejected verification; the fixed profile goes back to PENDING (R2). */
public final class AppealRejection {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final Auditor auditor;

    public AppealRejection(Transactions tx, ActingUsers acting, AccessPolicy access, AccountRepository accounts,
            Auditor auditor) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.accounts = accounts;
        this.auditor = auditor;
    }

    /**
     * Read-only "may this user appeal now, and if not every reason why" (R2, R4): the role, and
     * a profile that is REJECTED now (CONFLICT otherwise). Empty when {@link #appeal} would
     * accept a valid appeal; both decide with the same method. Stores nothing.
     */
    public List<Reason> mayAppeal(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            return problems(user, acting.accountOf(user));
        });
    }

    private List<Reason> problems(User user, PartnerAccount account) {
        List<Reason> reasons = new ArrayList<>();
        access.check(user, Permission.MANAGE_PROFILE).ifPresent(reasons::add);
        if (account.verification() != VerificationStatus.REJECTED) {
            reasons.add(Reason.of(ReasonCode.CONFLICT, "The profile is " + account.verification()
                    + ", not rejected: there is nothing to appeal.", ""));
        }
        return reasons;
    }

    /** Refused with every reason of {@link #mayAppeal} (CONFLICT unless the profile is REJECTED now). */
    public PartnerAccount appeal(Actor actor, Appeal appeal) {
        return tx.write(() -> {
            User user = acting.user(actor);
            PartnerAccount before = acting.accountOf(user);
            ActionRefusedException.throwIfAny(problems(user, before));
            PartnerAccount after = before.withProfile(appeal.fixed()).withVerification(VerificationStatus.PENDING,
                    "Appeal: " + appeal.comment() + " (document " + appeal.documentRef() + ")");
            accounts.update(after);
            auditor.record(user, actor, "verification.appealed", "account " + before.partnerId(),
                    AccountRecords.describe(before), AccountRecords.describe(after));
            return after;
        });
    }
}

package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.ReportScope;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import java.util.List;

/** In-port, read-only: the acting user, their account and its users, what they may export, the verification queue. */
public final class AccountQueries {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final UserRepository users;

    public AccountQueries(Transactions tx, ActingUsers acting, AccessPolicy access, AccountRepository accounts,
            UserRepository users) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.accounts = accounts;
        this.users = users;
    }

    public PartnerAccount account(Actor actor) {
        return tx.read(() -> acting.accountOf(acting.user(actor)));
    }

    public User me(Actor actor) {
        return tx.read(() -> acting.user(actor));
    }

    public List<User> users(Actor actor) {
        return tx.read(() -> users.listByAccount(acting.user(actor).accountId()));
    }

    /**
     * Whose data the actor may export in reports: an operator every account's, a user who may
     * view billing (R4) their own account's; anyone else is refused with the role to ask for.
     */
    public ReportScope reportScope(Actor actor) {
        return tx.read(() -> {
            User user = acting.user(actor);
            if (user.has(Role.OPERATOR)) {
                return ReportScope.allAccounts();
            }
            access.require(user, Permission.VIEW_BILLING);
            return ReportScope.account(user.accountId(), acting.accountOf(user).partnerId());
        });
    }

    /** Operator: accounts waiting for a verification decision, oldest first (R2). */
    public List<PartnerAccount> awaitingVerification(Actor actor) {
        return tx.read(() -> {
            access.require(acting.user(actor), Permission.OPERATE);
            return accounts.listByVerification(VerificationStatus.PENDING);
        });
    }
}

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
import java.util.Optional;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Reason;
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

    /**
     * Read-only "may I, and why not" for Account and users (R4, R4a): why {@code actor} may not
     * make {@code change}, or empty when {@link ChangeRole} would accept it. Operator is never
     * granted or revoked in the app.
     */
    public Optional<Reason> whyNotChangeRole(Actor actor, RoleChange change) {
        return tx.read(() -> {
            User admin = acting.user(actor);
            Optional<Reason> refused = access.checkRoleChange(admin, change.role());
            if (refused.isPresent()) {
                return refused;
            }
            Optional<User> target = users.find(change.userId()).filter(u -> u.accountId() == admin.accountId());
            if (target.isEmpty()) {
                return Optional.of(Reason.of(ReasonCode.USER_NOT_FOUND, "There is no such user in this account.",
                        "Pick a user from the list."));
            }
            if (!change.grant() && change.role() == Role.GLOBAL_ADMIN && target.get().has(Role.GLOBAL_ADMIN)
                    && users.listByAccount(admin.accountId()).stream().filter(u -> u.has(Role.GLOBAL_ADMIN)).count() <= 1) {
                return Optional.of(Reason.of(ReasonCode.LAST_GLOBAL_ADMIN, target.get().email()
                        + " is the account's last Global admin.", "Grant Global admin to another user first."));
            }
            return Optional.empty();
        });
    }

    /**
     * Operator: partner accounts waiting for a verification decision, oldest first (R2); never
     * the back office, nor the operator's own account, which they may not decide (R4a).
     */
    public List<PartnerAccount> awaitingVerification(Actor actor) {
        return tx.read(() -> {
            User operator = acting.user(actor);
            access.require(operator, Permission.OPERATE);
            long backOffice = accounts.findBackOffice().map(PartnerAccount::id).orElse(-1L);
            return accounts.listByVerification(VerificationStatus.PENDING).stream()
                    .filter(a -> a.id() != backOffice && access.checkNotOwnAccount(operator, a.id(), "").isEmpty())
                    .toList();
        });
    }
}

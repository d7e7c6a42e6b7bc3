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

/** In-port: an operator records the verification decision on an account (R2). */
public final class DecideVerification {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final Auditor auditor;

    public DecideVerification(Transactions tx, ActingUsers acting, AccessPolicy access, AccountRepository accounts,
            Auditor auditor) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.accounts = accounts;
        this.auditor = auditor;
    }

    /**
     * Refused without the OPERATE permission, for the operator's own account (R4a, separation of
     * duties) or the back office, or when the account does not exist.
     */
    public PartnerAccount decide(Actor actor, VerificationDecision command) {
        return tx.write(() -> {
            User operator = acting.user(actor);
            access.require(operator, Permission.OPERATE);
            long accountId = command.accountId();
            access.checkNotOwnAccount(operator, accountId, "the verification").ifPresent(r -> {
                throw new ActionRefusedException(r);
            });
            PartnerAccount before = accounts.find(accountId)
                    .filter(a -> accounts.findBackOffice().map(b -> b.id() != a.id()).orElse(true))
                    .orElseThrow(() -> ActionRefusedException.of(
                    ReasonCode.NOT_FOUND, "There is no partner account " + accountId + ".", "Pick one from the queue."));
            String reason = command.note();
            PartnerAccount after = before.withVerification(command.decision(), reason);
            accounts.update(after);
            auditor.recordFor(accountId, operator, actor, "verification.decided", "account " + before.partnerId(),
                    before.verification().name(), command.decision().name() + (reason.isEmpty() ? "" : ": " + reason));
            return after;
        });
    }
}

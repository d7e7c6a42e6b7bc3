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
import com.actionpack.core.account.VerificationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
     * Read-only "may this operator decide this account's verification now, and if not every
     * reason why" (R2, R4a): not an operator; the operator's own account (separation of duties);
     * no such partner account (the back office is none); a profile not PENDING (decided already,
     * by another operator perhaps). Empty when {@link #decide} would record a decision; both
     * decide with the same method. Stores nothing.
     */
    public List<Reason> mayDecide(Actor actor, long accountId) {
        return tx.read(() -> problems(acting.user(actor), accountId).reasons());
    }

    /** What {@link #problems} found: the account when there is one, and every reason to refuse. */
    private record Check(Optional<PartnerAccount> account, List<Reason> reasons) {
    }

    private Check problems(User operator, long accountId) {
        List<Reason> reasons = new ArrayList<>();
        access.check(operator, Permission.OPERATE).ifPresent(reasons::add);
        access.checkNotOwnAccount(operator, accountId, "the verification").ifPresent(reasons::add);
        Optional<PartnerAccount> account = accounts.find(accountId)
                .filter(a -> accounts.findBackOffice().map(b -> b.id() != a.id()).orElse(true));
        if (account.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NOT_FOUND, "There is no partner account " + accountId + ".",
                    "Pick one from the queue."));
        } else if (account.get().verification() != VerificationStatus.PENDING) {
            reasons.add(Reason.of(ReasonCode.NOT_PENDING, "The verification of PartnerID " + account.get().partnerId()
                    + " is " + account.get().verification() + " already, not pending.",
                    "Only a pending profile is decided: refresh the queue (r)."));
        }
        return new Check(account, reasons);
    }

    /**
     * Records the decision; refused with every reason of {@link #mayDecide}. A decision is made
     * on a PENDING profile only (R2: a profile goes back to PENDING when it is changed or
     * appealed, and an operator then decides it once).
     */
    public PartnerAccount decide(Actor actor, VerificationDecision command) {
        return tx.write(() -> {
            User operator = acting.user(actor);
            long accountId = command.accountId();
            Check check = problems(operator, accountId);
            ActionRefusedException.throwIfAny(check.reasons());
            PartnerAccount before = check.account().orElseThrow();
            String reason = command.note();
            PartnerAccount after = before.withVerification(command.decision(), reason);
            accounts.update(after);
            auditor.recordFor(accountId, operator, actor, "verification.decided", "account " + before.partnerId(),
                    before.verification().name(), command.decision().name() + (reason.isEmpty() ? "" : ": " + reason));
            return after;
        });
    }
}

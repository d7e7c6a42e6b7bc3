package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
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

    /** Refused (CONFLICT) unless the profile is REJECTED now. */
    public PartnerAccount appeal(Actor actor, Appeal appeal) {
        return tx.write(() -> {
            User user = acting.user(actor);
            access.require(user, Permission.MANAGE_PROFILE);
            PartnerAccount before = acting.accountOf(user);
            if (before.verification() != VerificationStatus.REJECTED) {
                throw ActionRefusedException.of(ReasonCode.CONFLICT, "The profile is " + before.verification()
                        + ", not rejected: there is nothing to appeal.", "");
            }
            PartnerAccount after = before.withProfile(appeal.fixed()).withVerification(VerificationStatus.PENDING,
                    "Appeal: " + appeal.comment() + " (document " + appeal.documentRef() + ")");
            accounts.update(after);
            auditor.record(user, actor, "verification.appealed", "account " + before.partnerId(),
                    AccountRecords.describe(before), AccountRecords.describe(after));
            return after;
        });
    }
}

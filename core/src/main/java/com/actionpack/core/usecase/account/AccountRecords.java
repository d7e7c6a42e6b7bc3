package com.actionpack.core.usecase.account;

import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Require;
import java.util.Optional;

/** What the account use cases share: the one-email-one-user check and how an account reads in the audit trail. */
final class AccountRecords {

    private AccountRecords() {
    }

    /** Refuses an email some user already has (R4: one user per email across the database). */
    static void requireEmailFree(UserRepository users, String email) {
        Optional<User> existing = users.findByEmail(Require.email(email));
        if (existing.isPresent()) {
            throw ActionRefusedException.of(ReasonCode.CONFLICT, "A user with email " + existing.get().email()
                    + " already exists.", "Use another email address.");
        }
    }

    /** The before/after text of a profile change in the audit trail (R21). */
    static String describe(PartnerAccount account) {
        LegalProfile p = account.profile();
        return p.legalName() + "; " + p.address().oneLine() + "; " + p.primaryContact().name() + " <"
                + p.primaryContact().email() + ">; " + account.verification();
    }
}

package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.Address;
import com.actionpack.core.account.Contact;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.usecase.Auditor;
import java.util.Optional;

/**
 * R4a: the installation's back-office account, made on first use: the one account whose users
 * are operators. It is not a partner: it never buys, is never verified by anyone, and never
 * appears in an operator's queue. Call inside a transaction.
 */
final class BackOffice {

    static final String NAME = "Action Pack back office";

    private final AccountRepository accounts;
    private final Auditor auditor;

    BackOffice(AccountRepository accounts, Auditor auditor) {
        this.accounts = accounts;
        this.auditor = auditor;
    }

    Optional<PartnerAccount> find() {
        return accounts.findBackOffice();
    }

    PartnerAccount findOrCreate(String firstOperatorName, String firstOperatorEmail, String hostUser) {
        return accounts.findBackOffice().orElseGet(() -> {
            LegalProfile profile = new LegalProfile(NAME, new Address("(this installation)", "(this installation)", "",
                    "ZZ"),
                    new Contact(firstOperatorName, firstOperatorEmail, ""));
            PartnerAccount inserted = accounts.insertBackOffice(new PartnerAccount(0, "", profile, VerificationStatus.VERIFIED,
                    "the back office is not a partner account", null));
            auditor.recordSystem(inserted.id(), "host:" + hostUser, "backoffice.created", "back office", "", NAME);
            return inserted;
        });
    }
}

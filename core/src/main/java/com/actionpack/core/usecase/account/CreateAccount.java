package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.Auditor;
import java.util.Set;

/**
 * In-port, first run: the partner account, pending verification and not enrolled, and its first
 * Global admin (R1, R4).
 */
public final class CreateAccount {

    private final Transactions tx;
    private final AccountRepository accounts;
    private final UserRepository users;
    private final Auditor auditor;

    public CreateAccount(Transactions tx, AccountRepository accounts, UserRepository users, Auditor auditor) {
        this.tx = tx;
        this.accounts = accounts;
        this.users = users;
        this.auditor = auditor;
    }

    /** Creates the account and its admin in one transaction; refused when the admin's email is taken. */
    public Setup create(NewAccount command) {
        return tx.write(() -> {
            AccountRecords.requireEmailFree(users, command.adminEmail());
            PartnerAccount inserted = accounts.insert(new PartnerAccount(0, "", command.profile(),
                    VerificationStatus.PENDING, "", null));
            PartnerAccount account = new PartnerAccount(inserted.id(), PartnerAccount.partnerIdFor(inserted.id()),
                    inserted.profile(), inserted.verification(), "", null);
            accounts.update(account);
            User admin = users.insert(new User(0, account.id(), command.adminEmail(), command.adminName(),
                    Set.of(Role.GLOBAL_ADMIN)));
            auditor.recordSystem(account.id(), admin.email(), "account.created", "account " + account.partnerId(), "",
                    account.profile().legalName() + ", " + account.country() + ", PENDING");
            return new Setup(account, admin);
        });
    }

    /** False on an empty database: the console then opens first-run setup instead of sign-in. */
    public boolean anyAccount() {
        return tx.read(() -> accounts.count() > 0);
    }
}

package com.actionpack.core.account;

import java.util.List;
import java.util.Optional;

/** Out-port: partner accounts, and the installation's one back-office account (R4a). */
public interface AccountRepository {

    /** Stores a new account and returns it with its assigned id. */
    PartnerAccount insert(PartnerAccount account);

    Optional<PartnerAccount> find(long accountId);

    void update(PartnerAccount account);

    /** How many partner accounts there are (the back-office account is not one, R4a). */
    long count();

    /**
     * R4a: stores the installation's back-office account, the one account whose users are
     * operators; there is at most one (refused by the store otherwise).
     */
    PartnerAccount insertBackOffice(PartnerAccount account);

    /** R4a: the back-office account, once the first operator was added. */
    Optional<PartnerAccount> findBackOffice();

    /** Accounts whose verification is {@code status}, oldest account first (operator's queue). */
    List<PartnerAccount> listByVerification(VerificationStatus status);
}

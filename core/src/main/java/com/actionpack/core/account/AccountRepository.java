package com.actionpack.core.account;

import java.util.Optional;

/** Out-port: partner accounts. */
public interface AccountRepository {

    /** Stores a new account and returns it with its assigned id. */
    PartnerAccount insert(PartnerAccount account);

    Optional<PartnerAccount> find(long accountId);

    void update(PartnerAccount account);

    long count();
}

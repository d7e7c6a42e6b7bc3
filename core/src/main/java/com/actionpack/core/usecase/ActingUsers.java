package com.actionpack.core.usecase;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;

/** Loads the acting user, with the roles they hold now, inside the use case's transaction. */
public final class ActingUsers {

    private final UserRepository users;
    private final AccountRepository accounts;

    public ActingUsers(UserRepository users, AccountRepository accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    public User user(Actor actor) {
        return users.find(actor.userId()).orElseThrow(() -> ActionRefusedException.of(ReasonCode.USER_NOT_FOUND,
                "The signed-in user no longer exists.", "Sign in again as another user."));
    }

    public PartnerAccount accountOf(User user) {
        return accounts.find(user.accountId()).orElseThrow(() -> ActionRefusedException.of(ReasonCode.NOT_FOUND,
                "The user's partner account does not exist.", "Check the database you opened."));
    }
}

package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.SignInChoice;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Require;
import com.actionpack.core.common.Transactions;
import java.util.List;

/**
 * In-port: who may sign in on this console, and signing one of them in. Read-only and open to
 * no one in particular, since it runs before anyone is signed in (the console is local, or
 * behind SSH keys that already chose the user).
 */
public final class SignInUser {

    /** At most this many users are listed for sign-in; past that, sign in with --user EMAIL. */
    public static final int SIGN_IN_LIMIT = 200;

    private final Transactions tx;
    private final AccountRepository accounts;
    private final UserRepository users;

    public SignInUser(Transactions tx, AccountRepository accounts, UserRepository users) {
        this.tx = tx;
        this.accounts = accounts;
        this.users = users;
    }

    /** Every user (up to {@link #SIGN_IN_LIMIT}) with their account's name. */
    public List<SignInChoice> choices() {
        return tx.read(() -> users.listFirst(SIGN_IN_LIMIT).stream()
                .map(u -> new SignInChoice(u, accounts.find(u.accountId())
                        .map(a -> a.profile().legalName()).orElse(""),
                        PartnerAccount.partnerIdFor(u.accountId())))
                .toList());
    }

    /**
     * Signs a known user in by email (the {@code --user} option, or the email an SSH key maps
     * to) for the given channel; refused with what to do when there is no such user.
     */
    public Actor signIn(String email, String channel) {
        return tx.read(() -> users.findByEmail(Require.email(email))
                .map(u -> new Actor(u.id(), channel))
                .orElseThrow(() -> ActionRefusedException.of(ReasonCode.USER_NOT_FOUND,
                        "There is no user " + email + " in this database.",
                        "Check the email, or start without it to choose from the list of users.")));
    }
}

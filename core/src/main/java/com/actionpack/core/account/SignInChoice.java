package com.actionpack.core.account;

import java.util.Objects;

/** One line of the sign-in list: a user and the account they belong to. */
public record SignInChoice(User user, String accountName, String partnerId) {

    public SignInChoice {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(partnerId, "partnerId");
    }
}

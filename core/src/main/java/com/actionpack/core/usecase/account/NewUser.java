package com.actionpack.core.usecase.account;

import com.actionpack.core.account.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Command: a user to add to the acting admin's account, with the roles to grant (possibly
 * none). The roles are copied, in the enum's order; the email is checked by the use case, after
 * the permission, so a user without the right is told that first.
 */
public record NewUser(String email, String displayName, Set<Role> roles) {

    public NewUser {
        Objects.requireNonNull(roles, "roles");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}

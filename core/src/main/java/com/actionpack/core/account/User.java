package com.actionpack.core.account;

import com.actionpack.core.common.Require;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** A person who signs in as a member of one partner account (R4). */
public record User(long id, long accountId, String email, String displayName, Set<Role> roles) {

    public User {
        email = Require.email(email);
        displayName = Require.text(displayName, "display name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public User withId(long newId) {
        return new User(newId, accountId, email, displayName, roles);
    }

    public User withRoles(Set<Role> newRoles) {
        return new User(id, accountId, email, displayName, newRoles);
    }
}

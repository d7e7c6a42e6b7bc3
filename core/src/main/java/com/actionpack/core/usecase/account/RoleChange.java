package com.actionpack.core.usecase.account;

import com.actionpack.core.account.Role;
import java.util.Objects;

/** Command: grant or revoke one role of one user of the acting admin's account (R4). */
public record RoleChange(long userId, Role role, boolean grant) {

    public RoleChange {
        Objects.requireNonNull(role, "role");
    }

    public static RoleChange grant(long userId, Role role) {
        return new RoleChange(userId, role, true);
    }

    public static RoleChange revoke(long userId, Role role) {
        return new RoleChange(userId, role, false);
    }
}

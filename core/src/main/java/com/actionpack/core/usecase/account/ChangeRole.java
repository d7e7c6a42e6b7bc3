package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import java.util.EnumSet;
import java.util.Set;

/** In-port: an admin grants or revokes a role; the last Global admin of an account cannot be removed (R4). */
public final class ChangeRole {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final UserRepository users;
    private final Auditor auditor;

    public ChangeRole(Transactions tx, ActingUsers acting, AccessPolicy access, UserRepository users, Auditor auditor) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.users = users;
        this.auditor = auditor;
    }

    /** A change that changes nothing (granting a held role) returns the user as is, unaudited. */
    public User change(Actor actor, RoleChange command) {
        Role role = command.role();
        boolean grant = command.grant();
        return tx.write(() -> {
            User admin = acting.user(actor);
            access.checkRoleChange(admin, role).ifPresent(r -> {
                throw new ActionRefusedException(r);
            });
            User target = users.find(command.userId()).filter(u -> u.accountId() == admin.accountId())
                    .orElseThrow(() -> ActionRefusedException.of(ReasonCode.USER_NOT_FOUND,
                            "There is no such user in this account.", "Pick a user from the list."));
            if (grant == target.has(role)) {
                return target;
            }
            if (!grant && role == Role.GLOBAL_ADMIN && globalAdminCount(admin.accountId()) <= 1) {
                throw new ActionRefusedException(Reason.of(ReasonCode.LAST_GLOBAL_ADMIN,
                        target.email() + " is the account's last Global admin.",
                        "Grant Global admin to another user first."));
            }
            Set<Role> roles = target.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(target.roles());
            if (grant) {
                roles.add(role);
            } else {
                roles.remove(role);
            }
            User after = target.withRoles(roles);
            users.update(after);
            auditor.record(admin, actor, grant ? "role.granted" : "role.revoked",
                    "user " + target.email() + " " + role.name(), target.roles().toString(), after.roles().toString());
            return after;
        });
    }

    private long globalAdminCount(long accountId) {
        return users.listByAccount(accountId).stream().filter(u -> u.has(Role.GLOBAL_ADMIN)).count();
    }
}

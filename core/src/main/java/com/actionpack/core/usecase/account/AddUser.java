package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;

/** In-port: an admin adds a user to their account; each role is subject to the grant rules (R4). */
public final class AddUser {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final UserRepository users;
    private final Auditor auditor;

    public AddUser(Transactions tx, ActingUsers acting, AccessPolicy access, UserRepository users, Auditor auditor) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.users = users;
        this.auditor = auditor;
    }

    /** Refused without MANAGE_USERS, for a role the admin may not grant, or an email already in use. */
    public User add(Actor actor, NewUser command) {
        return tx.write(() -> {
            User admin = acting.user(actor);
            access.require(admin, Permission.MANAGE_USERS);
            for (Role role : command.roles()) {
                access.checkRoleChange(admin, role).ifPresent(r -> {
                    throw new ActionRefusedException(r);
                });
            }
            AccountRecords.requireEmailFree(users, command.email());
            User added = users.insert(new User(0, admin.accountId(), command.email(), command.displayName(),
                    command.roles()));
            auditor.record(admin, actor, "user.added", "user " + added.email(), "", command.roles().toString());
            return added;
        });
    }
}

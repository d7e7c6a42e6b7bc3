package com.actionpack.core.usecase.account;

import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.Auditor;
import java.util.EnumSet;
import java.util.Set;

/**
 * In-port: appoints an operator from the host. Whoever runs the application on its machine (the
 * {@code actionpack operator grant} command) is the back office's root of trust, since an
 * account's own admins must not verify their own account or record their own payments.
 */
public final class AppointOperator {

    private final Transactions tx;
    private final UserRepository users;
    private final Auditor auditor;

    public AppointOperator(Transactions tx, UserRepository users, Auditor auditor) {
        this.tx = tx;
        this.users = users;
        this.auditor = auditor;
    }

    /** Refused (USER_NOT_FOUND) for an unknown email; an operator already stays as is. */
    public User appoint(OperatorAppointment command) {
        String email = command.email();
        return tx.write(() -> {
            User target = users.findByEmail(email).orElseThrow(() -> ActionRefusedException.of(
                    ReasonCode.USER_NOT_FOUND, "There is no user " + email + ".",
                    "Create the user first (first-run setup or Account and users)."));
            if (target.has(Role.OPERATOR)) {
                return target;
            }
            Set<Role> roles = target.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(target.roles());
            roles.add(Role.OPERATOR);
            User after = target.withRoles(roles);
            users.update(after);
            auditor.recordSystem(target.accountId(), "host:" + command.hostUser(), "role.granted",
                    "user " + target.email() + " OPERATOR", target.roles().toString(), after.roles().toString());
            return after;
        });
    }
}

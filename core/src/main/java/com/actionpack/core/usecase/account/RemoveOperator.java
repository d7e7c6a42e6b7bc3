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
 * Use case (R4a), from the host only ({@code actionpack operator remove EMAIL}): the user stops
 * being an operator. The user itself stays (the audit trail names it), without the role. Also
 * takes the role from a partner user made operator by an older version.
 */
public final class RemoveOperator {

    private final Transactions tx;
    private final UserRepository users;
    private final Auditor auditor;

    public RemoveOperator(Transactions tx, UserRepository users, Auditor auditor) {
        this.tx = tx;
        this.users = users;
        this.auditor = auditor;
    }

    public User remove(OperatorRemoval command) {
        return tx.write(() -> {
            User user = users.findByEmail(command.email()).filter(u -> u.has(Role.OPERATOR))
                    .orElseThrow(() -> ActionRefusedException.of(ReasonCode.USER_NOT_FOUND,
                            command.email() + " is not an operator.", "See who is with: actionpack operator list"));
            Set<Role> roles = EnumSet.copyOf(user.roles());
            roles.remove(Role.OPERATOR);
            User after = user.withRoles(roles);
            users.update(after);
            auditor.recordSystem(user.accountId(), "host:" + command.hostUser(), "operator.removed", "user " + user.email(),
                    user.roles().toString(), roles.toString());
            return after;
        });
    }
}

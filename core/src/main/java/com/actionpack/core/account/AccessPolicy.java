package com.actionpack.core.account;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import java.util.Optional;

/** R4: who may do what, and who may grant or revoke which role. Enforced by every use case. */
public final class AccessPolicy {

    public Optional<Reason> check(User user, Permission permission) {
        if (permission.grantedTo(user)) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(ReasonCode.MISSING_ROLE,
                "You need the " + permission.rolesText() + " role to " + permission.description() + ".",
                remedyFor(permission)));
    }

    public void require(User user, Permission permission) {
        check(user, permission).ifPresent(reason -> {
            throw new ActionRefusedException(reason);
        });
    }

    /**
     * Only a Global admin grants or revokes Global admin (and Operator); a Global or Account
     * admin grants or revokes every other role, MPN Partner admin included.
     */
    public Optional<Reason> checkRoleChange(User actor, Role role) {
        boolean allowed = switch (role) {
            case GLOBAL_ADMIN, OPERATOR -> actor.has(Role.GLOBAL_ADMIN);
            case ACCOUNT_ADMIN, MPN_PARTNER_ADMIN, BILLING_ADMIN, READER -> actor.hasAny(Role.GLOBAL_ADMIN, Role.ACCOUNT_ADMIN);
        };
        if (allowed) {
            return Optional.empty();
        }
        String who = role == Role.GLOBAL_ADMIN || role == Role.OPERATOR ? "a Global admin" : "a Global admin or Account admin";
        return Optional.of(Reason.of(ReasonCode.MISSING_ROLE,
                "Only " + who + " may grant or revoke " + role.label() + ".",
                "Ask " + who + " of your account to do it."));
    }

    private static String remedyFor(Permission permission) {
        return switch (permission) {
            case MANAGE_MEMBERSHIP -> "Ask a Global admin or Account admin to grant you MPN Partner admin.";
            case OPERATE -> "Ask a Global admin to grant you the Operator role.";
            default -> "Ask a Global admin of your account for the role.";
        };
    }
}

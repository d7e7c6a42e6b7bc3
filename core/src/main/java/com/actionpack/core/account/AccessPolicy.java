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

    /** R4a: how operators come to be, for every refusal that concerns them. */
    public static final String HOW_OPERATORS_ARE_APPOINTED = "Operators are back-office users, appointed on the"
            + " server with: actionpack operator add EMAIL --name NAME";

    /**
     * R4a, separation of duties: an operator never decides {@code what} (a verification, wire
     * funds, a refund) for the account they belong to themselves.
     */
    public Optional<Reason> checkNotOwnAccount(User operator, long subjectAccountId, String what) {
        if (operator.accountId() != subjectAccountId) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(ReasonCode.OWN_ACCOUNT,
                "You may not decide " + what + " of your own account.",
                "Another operator decides it (separation of duties)."));
    }

    /**
     * Only a Global admin grants or revokes Global admin; a Global or Account admin grants or
     * revokes every other partner role, MPN Partner admin included. Operator is never granted or
     * revoked in the app (R4a): operators are back-office users appointed from the host.
     */
    public Optional<Reason> checkRoleChange(User actor, Role role) {
        boolean allowed = switch (role) {
            case GLOBAL_ADMIN -> actor.has(Role.GLOBAL_ADMIN);
            case OPERATOR -> false;
            case ACCOUNT_ADMIN, MPN_PARTNER_ADMIN, BILLING_ADMIN, READER -> actor.hasAny(Role.GLOBAL_ADMIN, Role.ACCOUNT_ADMIN);
        };
        if (allowed) {
            return Optional.empty();
        }
        if (role == Role.OPERATOR) {
            return Optional.of(Reason.of(ReasonCode.MISSING_ROLE,
                    "Operator is not a role of a partner account: it cannot be granted or revoked here.",
                    HOW_OPERATORS_ARE_APPOINTED + "."));
        }
        String who = role == Role.GLOBAL_ADMIN ? "a Global admin" : "a Global admin or Account admin";
        return Optional.of(Reason.of(ReasonCode.MISSING_ROLE,
                "Only " + who + " may grant or revoke " + role.label() + ".",
                "Ask " + who + " of your account to do it."));
    }

    private static String remedyFor(Permission permission) {
        return switch (permission) {
            case MANAGE_MEMBERSHIP -> "Ask a Global admin or Account admin to grant you MPN Partner admin.";
            case OPERATE -> HOW_OPERATORS_ARE_APPOINTED + ".";
            default -> "Ask a Global admin of your account for the role.";
        };
    }
}

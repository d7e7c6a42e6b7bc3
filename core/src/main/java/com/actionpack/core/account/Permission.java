package com.actionpack.core.account;

import static com.actionpack.core.account.Role.ACCOUNT_ADMIN;
import static com.actionpack.core.account.Role.BILLING_ADMIN;
import static com.actionpack.core.account.Role.GLOBAL_ADMIN;
import static com.actionpack.core.account.Role.MPN_PARTNER_ADMIN;
import static com.actionpack.core.account.Role.OPERATOR;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What an action needs, and which roles grant it (R4). */
public enum Permission {
    /** Buy, renew, choose the pack, redeem, request cancellation. */
    MANAGE_MEMBERSHIP("manage the Action Pack membership", GLOBAL_ADMIN, MPN_PARTNER_ADMIN),
    VIEW_BILLING("view orders and invoices", GLOBAL_ADMIN, MPN_PARTNER_ADMIN, BILLING_ADMIN),
    MANAGE_PROFILE("change the account's legal profile and enrollment", GLOBAL_ADMIN, ACCOUNT_ADMIN),
    MANAGE_USERS("manage users", GLOBAL_ADMIN, ACCOUNT_ADMIN),
    VIEW_AUDIT("view the audit trail", GLOBAL_ADMIN, ACCOUNT_ADMIN, OPERATOR),
    /** Back-office: record wire payments, decide verifications, edit prices, process tickets. */
    OPERATE("act as an operator", OPERATOR);

    private final String description;
    private final Set<Role> roles;

    Permission(String description, Role... roles) {
        this.description = description;
        this.roles = Set.of(roles);
    }

    public String description() {
        return description;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean grantedTo(User user) {
        return user.roles().stream().anyMatch(roles::contains);
    }

    /** e.g. "Global admin or MPN Partner admin". */
    public String rolesText() {
        List<String> labels = java.util.Arrays.stream(Role.values()).filter(roles::contains).map(Role::label).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return labels.subList(0, labels.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + labels.get(labels.size() - 1);
    }
}

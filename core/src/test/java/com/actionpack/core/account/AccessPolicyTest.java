package com.actionpack.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Reason;
import com.actionpack.core.testing.States;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R4: who may change which role, and the words of each refusal. */
class AccessPolicyTest {

    private final AccessPolicy access = new AccessPolicy();

    @Test
    @DisplayName("R4 R4a: a refused role change names who may make it: nobody in the app for Operator, Global admin, or Global/Account admin")
    void refusalsNameWhoMay() {
        User mpn = States.user(Role.MPN_PARTNER_ADMIN);
        Reason operator = access.checkRoleChange(mpn, Role.OPERATOR).orElseThrow();
        assertEquals("Operator is not a role of a partner account: it cannot be granted or revoked here.", operator.message());
        assertEquals(AccessPolicy.HOW_OPERATORS_ARE_APPOINTED + ".", operator.remedy());
        Reason global = access.checkRoleChange(mpn, Role.GLOBAL_ADMIN).orElseThrow();
        assertEquals("Only a Global admin may grant or revoke " + Role.GLOBAL_ADMIN.label() + ".", global.message());
        assertEquals("Ask a Global admin of your account to do it.", global.remedy());
        Reason other = access.checkRoleChange(mpn, Role.MPN_PARTNER_ADMIN).orElseThrow();
        assertEquals("Only a Global admin or Account admin may grant or revoke " + Role.MPN_PARTNER_ADMIN.label() + ".",
                other.message());
        assertTrue(access.checkRoleChange(States.user(Role.ACCOUNT_ADMIN), Role.MPN_PARTNER_ADMIN).isEmpty());
        assertTrue(access.checkRoleChange(States.user(Role.GLOBAL_ADMIN, Role.OPERATOR), Role.OPERATOR).isPresent(),
                "R4a: not even an operator grants Operator in the app");
    }

    @Test
    @DisplayName("R4: each permission says what it allows and lists the roles that grant it, in role order")
    void permissionsInWords() {
        assertEquals("act as an operator", Permission.OPERATE.description());
        assertEquals(java.util.Set.of(Role.OPERATOR), Permission.OPERATE.roles());
        assertEquals(Role.OPERATOR.label(), Permission.OPERATE.rolesText());
        assertEquals(Role.GLOBAL_ADMIN.label() + " or " + Role.MPN_PARTNER_ADMIN.label(),
                Permission.MANAGE_MEMBERSHIP.rolesText());
        assertEquals(Role.GLOBAL_ADMIN.label() + ", " + Role.MPN_PARTNER_ADMIN.label() + " or "
                + Role.BILLING_ADMIN.label(), Permission.VIEW_BILLING.rolesText());
    }
}

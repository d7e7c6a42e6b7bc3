package com.actionpack.core.usecase.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.testing.CoreFixture;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The account commands refuse bad input when they are built, before any use case runs. */
class AccountCommandsTest {

    @Test
    @DisplayName("R2: a decision is VERIFIED or REJECTED, and a rejection says why")
    void verificationDecision() {
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> new VerificationDecision(1, VerificationStatus.PENDING, "")).has(ReasonCode.INVALID_INPUT));
        assertThrows(InvalidInputException.class, () -> new VerificationDecision(1, VerificationStatus.REJECTED, " "));
        assertEquals("", new VerificationDecision(1, VerificationStatus.VERIFIED, null).note());
        assertEquals("bad address", new VerificationDecision(1, VerificationStatus.REJECTED, " bad address ").note());
    }

    @Test
    @DisplayName("R2: an appeal needs a comment and a document reference")
    void appeal() {
        var profile = CoreFixture.profile("Contoso Ltd", "US");
        assertThrows(InvalidInputException.class, () -> new Appeal(profile, "", "doc-1"));
        assertThrows(InvalidInputException.class, () -> new Appeal(profile, "fixed", null));
        assertEquals("fixed", new Appeal(profile, " fixed ", "doc-1").comment());
    }

    @Test
    @DisplayName("R4: an operator appointment names a user by email and the host user who made it")
    void operatorAppointment() {
        assertThrows(InvalidInputException.class, () -> new OperatorAppointment("not-an-email", "root"));
        assertThrows(InvalidInputException.class, () -> new OperatorAppointment("a@b.example", " "));
        assertEquals("a@b.example", new OperatorAppointment("A@B.example", "root").email());
    }

    @Test
    @DisplayName("R4: a new user's roles are copied, in the enum's order")
    void newUserRoles() {
        Set<Role> roles = EnumSet.of(Role.READER, Role.BILLING_ADMIN);
        NewUser user = new NewUser("a@b.example", "A", roles);
        roles.clear();
        assertEquals(List.of(Role.BILLING_ADMIN, Role.READER).stream().sorted().toList(),
                user.roles().stream().toList());
        assertThrows(UnsupportedOperationException.class, () -> user.roles().add(Role.READER));
        assertEquals(Set.of(), new NewUser("a@b.example", "A", Set.of()).roles());
    }
}

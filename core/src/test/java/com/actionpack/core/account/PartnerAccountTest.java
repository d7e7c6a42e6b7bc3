package com.actionpack.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.testing.States;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PartnerAccountTest {

    @Test
    @DisplayName("R1: a PartnerID is seven digits derived from the account id")
    void partnerId() {
        assertEquals("4000001", PartnerAccount.partnerIdFor(1));
        assertEquals("4000042", PartnerAccount.partnerIdFor(42));
    }

    @Test
    @DisplayName("R2 R3: enrolled with its day; only a VERIFIED profile is verified")
    void enrollmentAndVerification() {
        PartnerAccount enrolled = States.account(true, VerificationStatus.VERIFIED);
        assertEquals(LocalDate.of(2025, 1, 1), enrolled.enrollment().orElseThrow());
        assertTrue(enrolled.isEnrolled());
        assertTrue(enrolled.isVerified());
        PartnerAccount pending = States.account(false, VerificationStatus.PENDING);
        assertTrue(pending.enrollment().isEmpty());
        assertFalse(pending.isEnrolled());
        assertFalse(pending.isVerified());
        assertFalse(States.account(true, VerificationStatus.REJECTED).isVerified());
    }
}

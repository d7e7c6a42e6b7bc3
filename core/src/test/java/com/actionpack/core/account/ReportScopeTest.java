package com.actionpack.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportScopeTest {

    @Test
    @DisplayName("R4: an operator's reports cover every account; a partner's only its own, by id and PartnerID")
    void scopes() {
        assertTrue(ReportScope.allAccounts().everyAccount());
        ReportScope own = ReportScope.account(3, "4000003");
        assertFalse(own.everyAccount());
        assertEquals(Optional.of(3L), own.accountId());
        assertEquals(Optional.of("4000003"), own.partnerId());
    }
}

package com.actionpack.core.usecase.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.testing.CoreFixture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R7a: an order records which agreement text was accepted, by whom and when. */
class AgreementRecordTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);
    private final Actor admin = world.readyAccount();

    @Test
    @DisplayName("R7a: the agreement's hash is the SHA-256 of its UTF-8 text; the pane's guide is the one the source names")
    void hashOfTheText() throws Exception {
        Agreement a = Agreement.CURRENT;
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(a.text().getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, a.sha256());
        assertEquals(64, a.sha256().length());
        assertTrue(a.text().contains(Agreement.TERMS_OF_PARTICIPATION_GUIDE));
        assertTrue(Agreement.TERMS_OF_PARTICIPATION_URL.startsWith("https://"));
        assertTrue(!new Agreement("2", a.text() + " ").sha256().equals(a.sha256()), "any change to the text changes the hash");
        assertThrows(IllegalArgumentException.class, () -> new Agreement(" ", "text"));
        assertThrows(IllegalArgumentException.class, () -> new Agreement("1", ""));
    }

    @Test
    @DisplayName("R7a: placing an order records the version and hash accepted, who accepted it and when; the audit entry and the invoice show the version")
    void recordedWithTheOrder() {
        OrderReceipt r = world.buyByWire(admin);
        Agreement.AcceptedAgreement recorded = world.store.orders.agreementOf(r.order().id()).orElseThrow();
        assertEquals(Agreement.CURRENT.version(), recorded.version());
        assertEquals(Agreement.CURRENT.sha256(), recorded.sha256());
        assertEquals(admin.userId(), recorded.acceptedByUserId());
        assertEquals(world.clock.instant(), recorded.acceptedAt());

        AuditEntry placed = world.store.auditEntries().stream().filter(a -> a.action().equals("order.placed"))
                .findFirst().orElseThrow();
        assertTrue(placed.after().contains("agreement " + Agreement.CURRENT.version() + " (SHA-256 "
                + Agreement.CURRENT.sha256() + ") accepted"), placed.after());

        String document = world.core.billing().invoiceDocument(admin, r.invoice().id());
        assertTrue(document.contains("Agreement:       version " + Agreement.CURRENT.version() + ", accepted " + DAY),
                document);
        assertTrue(document.contains("Agreement text SHA-256:\n  " + Agreement.CURRENT.sha256()), document);
    }

    @Test
    @DisplayName("R7a: an order placed against another version than the current agreement is refused and nothing is stored")
    void staleVersionRefused() {
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> world.core.purchases()
                .placeOrder(admin, new PlaceOrder(true, new PaymentChoice.Wire(), "2019-01")));
        assertTrue(e.has(ReasonCode.AGREEMENT_NOT_ACCEPTED));
        assertTrue(e.getMessage().contains("version 2019-01"), e.getMessage());
        assertTrue(world.core.billing().orders(admin).isEmpty());
    }
}

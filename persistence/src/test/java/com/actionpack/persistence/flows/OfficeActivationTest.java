package com.actionpack.persistence.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.OfficeValidity;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.common.Actor;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.usecase.benefits.RecordOfficeActivation;
import com.actionpack.persistence.testing.DbWorld;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

/** R13a R18a on a real database of each backend (#16): a LAPS key, an Office activation recorded later, read back, never edited. */
@OnBothBackends
class OfficeActivationTest {

    @Parameter
    Backend backend;

    @Test
    @DisplayName("R13a R18a: a recorded Office activation round-trips, moves the validity, and the database refuses to edit it")
    void recordedActivation() throws SQLException {
        LocalDate paid = LocalDate.of(2026, 3, 2);
        DbWorld w = backend.world("a", paid);
        Actor operator = w.operator();
        Actor admin = w.readyAccount("Contoso", "US", operator);
        Membership m = w.buyByCard(admin).membership().orElseThrow();
        w.core.benefits().provisionNow(operator, m.id());
        w.core.benefits().choosePack(admin, BenefitPack.LAPS);
        Redemption key = w.core.benefits().redeem(admin, new RedeemBenefit("LAPS-06", 1, ""));
        assertEquals(29, key.productKey().length(), "a LAPS key from the real catalog (R18a)");
        Redemption seats = w.core.benefits().redeem(admin, new RedeemBenefit("LAPS-04", 2, "contoso.onmicrosoft.com"));
        w.clock.advanceDays(20);
        OfficeValidity v = w.core.recordOfficeActivation().record(admin,
                new RecordOfficeActivation.Command(seats.id(), paid.plusDays(12)));
        assertEquals(paid.plusDays(12 + 365), v.validThrough());
        assertEquals(List.of(v), w.core.officeSubscriptions().list(admin));
        try (Connection c = backend.connect(w.target)) {
            SQLException e = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("UPDATE office_activations SET activated_on = '2026-03-02'"));
            assertTrue(e.getMessage().contains("never edited"), e.getMessage());
        }
    }
}

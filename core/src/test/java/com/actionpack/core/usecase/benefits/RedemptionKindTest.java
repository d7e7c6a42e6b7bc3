package com.actionpack.core.usecase.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitType;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.RedemptionKind;
import com.actionpack.core.benefits.SourceCatalog;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.eligibility.CancellationCheck;
import com.actionpack.core.testing.CoreFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R18a: each catalog row's redemption kind, and what redeeming gives for each kind, MAPS and LAPS alike. */
class RedemptionKindTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);
    private final Actor admin = world.readyAccount();

    private static CatalogBenefit row(String id) {
        return SourceCatalog.all().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("R18a: MAPS rows follow their published type; the monthly Azure credit recurs")
    void mapsKindsFollowTheType() {
        for (CatalogBenefit b : SourceCatalog.of(BenefitPack.MAPS)) {
            RedemptionKind expected = b.id().equals("MAPS-02") ? RedemptionKind.RECURRING_CREDIT
                    : b.type() == BenefitType.ON_PREMISES ? RedemptionKind.PRODUCT_KEY : RedemptionKind.ACTIVATION;
            assertEquals(expected, b.redemptionKind(), b.name());
        }
    }

    /** The LAPS row and the MAPS row of the same product. */
    private static final Map<String, String> SAME_PRODUCT = Map.of(
            "LAPS-01", "MAPS-02", // Azure credit (monthly) / Microsoft Azure US$100 monthly credit
            "LAPS-03", "MAPS-03", // Visual Studio Pro / Visual Studio Professional Subscription
            "LAPS-04", "MAPS-22", // Office 365 (E3) Seats / Office 365 E3
            "LAPS-05", "MAPS-19", // SQL Server 2019 Standard (Per Core)
            "LAPS-06", "MAPS-11", // Windows Server 2019 Essentials (Per Core)
            "LAPS-07", "MAPS-10", // Windows Server 2019 CALs
            "LAPS-08", "MAPS-15"); // Dynamics 365 – Customer Engagement

    @Test
    @DisplayName("R18a: a LAPS row takes the kind of the same product in MAPS; VHD is a key; hours and incidents are units")
    void lapsKindsFollowMaps() {
        SAME_PRODUCT.forEach((laps, maps) -> assertEquals(row(maps).redemptionKind(), row(laps).redemptionKind(),
                row(laps).name() + " as " + row(maps).name()));
        assertEquals(RedemptionKind.PRODUCT_KEY, row("LAPS-06").redemptionKind(), "Windows Server 2019 Essentials gives a key");
        assertEquals(RedemptionKind.PRODUCT_KEY, row("LAPS-02").redemptionKind(), "the Learning VHD");
        assertEquals(RedemptionKind.SERVICE_UNITS, row("LAPS-09").redemptionKind(), "Technical Journeys hours");
        assertEquals(RedemptionKind.SERVICE_UNITS, row("LAPS-10").redemptionKind(), "Product Support Incidents");
        assertEquals(10, SAME_PRODUCT.size() + 3, "every LAPS row is accounted for");
    }

    @Test
    @DisplayName("R18a R18: the published tables stay exactly as written: LAPS rows still state no type")
    void publishedTableUnchanged() {
        assertTrue(SourceCatalog.of(BenefitPack.LAPS).stream().allMatch(b -> b.type() == BenefitType.NOT_STATED));
        assertEquals(49, SourceCatalog.all().size());
    }

    private void lapsChosen() {
        world.buyByCard(admin);
        world.clock.advance(Duration.ofHours(24));
        world.core.benefits().choosePack(admin, BenefitPack.LAPS);
    }

    @Test
    @DisplayName("R18a R19: Windows Server 2019 Essentials from LAPS asks for no tenant and reveals a product key")
    void lapsKeyIsAKey() {
        lapsChosen();
        Redemption r = world.core.benefits().redeem(admin, new RedeemBenefit("LAPS-06", 1, ""));
        assertFalse(r.productKey().isEmpty());
        assertEquals("", r.target());
        assertEquals(r.productKey(), world.core.benefits().viewProductKey(admin, r.id()));
    }

    @Test
    @DisplayName("R18a R15: a viewed LAPS key ends the right to cancel exactly as a MAPS key does")
    void viewedLapsKeyEndsCancellation() {
        lapsChosen();
        Redemption r = world.core.benefits().redeem(admin, new RedeemBenefit("LAPS-05", 1, ""));
        CancellationCheck before = world.core.cancellations().check(admin);
        assertFalse(before.reasons().stream().anyMatch(x -> x.code() == ReasonCode.PRODUCT_KEY_VIEWED), "not viewed yet");
        world.core.benefits().viewProductKey(admin, r.id());
        CancellationCheck after = world.core.cancellations().check(admin);
        assertTrue(after.reasons().stream().anyMatch(x -> x.code() == ReasonCode.PRODUCT_KEY_VIEWED), after.reasons().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LAPS-01", "LAPS-03", "LAPS-04", "LAPS-08"})
    @DisplayName("R18a: activations and the recurring credit name a tenant or user, and reveal no key")
    void activationsNeedATarget(String id) {
        lapsChosen();
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit(id, 1, ""))).has(ReasonCode.TARGET_REQUIRED));
        Redemption r = world.core.benefits().redeem(admin, new RedeemBenefit(id, 1, "contoso.onmicrosoft.com"));
        assertEquals("contoso.onmicrosoft.com", r.target());
        assertEquals("", r.productKey());
    }

    @Test
    @DisplayName("R18a: the monthly credit is activated once per term and is credited until the benefits end date")
    void recurringCreditOncePerTerm() {
        lapsChosen();
        world.core.benefits().redeem(admin, new RedeemBenefit("LAPS-01", 1, "contoso.onmicrosoft.com"));
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.benefits()
                .redeem(admin, new RedeemBenefit("LAPS-01", 1, "other.onmicrosoft.com"))).has(ReasonCode.QUANTITY_EXCEEDED));
        LocalDate benefitsEnd = DAY.plusDays(395);
        assertTrue(world.store.auditEntries().stream().anyMatch(a -> a.action().equals("benefits.redeemed")
                && a.after().endsWith("credited monthly until " + benefitsEnd)));
    }

    @Test
    @DisplayName("R18a: service units are consumed in units, without a tenant or a key, never past the quantity (5 hours: 5 yes, 6 no)")
    void serviceUnits() {
        lapsChosen();
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("LAPS-09", 6, ""))).has(ReasonCode.QUANTITY_EXCEEDED));
        Redemption r = world.core.benefits().redeem(admin, new RedeemBenefit("LAPS-09", 5, "ignored"));
        assertEquals("", r.target());
        assertEquals("", r.productKey());
        assertEquals(5, r.quantity());
    }
}

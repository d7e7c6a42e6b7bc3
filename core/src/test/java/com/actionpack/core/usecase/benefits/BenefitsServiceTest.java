package com.actionpack.core.usecase.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.BenefitLine;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitsStatus;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenefitsServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);
    private final Actor admin = world.readyAccount();

    private Membership buyAndProvision() {
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        world.clock.advance(Duration.ofHours(24));
        return m;
    }

    @Test
    @DisplayName("R16: PROVISIONING until 24 hours after payment, AVAILABLE from then; the pack cannot be chosen before")
    void provisioning() {
        Instant paidAt = world.clock.instant();
        world.buyByCard(admin);
        BenefitsOverview before = world.core.benefits().overview(admin);
        assertEquals(BenefitsStatus.PROVISIONING, before.status());
        assertEquals(paidAt.plus(Duration.ofHours(24)), before.availableAt().orElseThrow());
        assertFalse(before.choiceOffered());
        world.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertEquals(BenefitsStatus.PROVISIONING, world.core.benefits().overview(admin).status());
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().choosePack(admin, BenefitPack.MAPS)).has(ReasonCode.BENEFITS_NOT_PROVISIONED));
        world.clock.advance(Duration.ofSeconds(1));
        BenefitsOverview after = world.core.benefits().overview(admin);
        assertEquals(BenefitsStatus.AVAILABLE, after.status());
        assertTrue(after.choiceOffered());
    }

    @Test
    @DisplayName("R19: the read-only mayRedeem/checkRedeem say what redeem would refuse, and store nothing")
    void readOnlyRedeemChecks() {
        buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        assertEquals(List.of(), world.core.benefits().mayRedeem(admin, "MAPS-01", 0));
        RedeemBenefit tooMany = new RedeemBenefit("MAPS-01", 6, "t.example");
        List<com.actionpack.core.common.Reason> said = world.core.benefits().checkRedeem(admin, tooMany);
        assertEquals(assertThrows(ActionRefusedException.class, () -> world.core.benefits().redeem(admin, tooMany))
                .reasons(), said);
        assertTrue(said.get(0).message().contains("Only 5 of 5 left"), said.toString());
        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 5, "t.example"));
        List<com.actionpack.core.common.Reason> nothingLeft = world.core.benefits().mayRedeem(admin, "MAPS-01", 0);
        assertEquals(ReasonCode.QUANTITY_EXCEEDED, nothingLeft.get(0).code());
        assertEquals(1, world.core.benefits().overview(admin).redemptions().size(), "the checks stored nothing");
    }

    @Test
    @DisplayName("R16: no membership: status NONE")
    void none() {
        assertEquals(BenefitsStatus.NONE, world.core.benefits().overview(admin).status());
    }

    @Test
    @DisplayName("R16 R4: an operator provisions now; an admin may not")
    void provisionNow() {
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().provisionNow(admin, m.id())).has(ReasonCode.MISSING_ROLE));
        world.core.benefits().provisionNow(world.operator(), m.id());
        assertEquals(BenefitsStatus.AVAILABLE, world.core.benefits().overview(admin).status());
        assertTrue(world.store.auditEntries().stream().anyMatch(a -> a.action().equals("benefits.provisioned")));
    }

    @Test
    @DisplayName("R17: the pack is chosen once, the choice is not offered again and cannot be changed in the term; the next term offers it again")
    void chooseOncePerTerm() {
        buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        BenefitsOverview chosen = world.core.benefits().overview(admin);
        assertFalse(chosen.choiceOffered());
        assertEquals(BenefitPack.MAPS, chosen.pack().orElseThrow());
        assertEquals(39, chosen.lines().size());
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().choosePack(admin, BenefitPack.LAPS)).has(ReasonCode.PACK_ALREADY_CHOSEN));
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().choosePack(admin, BenefitPack.MAPS)).has(ReasonCode.PACK_ALREADY_CHOSEN));

        world.clock.setDate(DAY.plusDays(364));
        assertFalse(world.core.benefits().overview(admin).choiceOffered(), "still the same term");
        world.clock.setDate(DAY.plusDays(366));
        world.buyByCard(admin);
        world.clock.advance(Duration.ofHours(24));
        BenefitsOverview renewed = world.core.benefits().overview(admin);
        assertTrue(renewed.choiceOffered());
        assertTrue(renewed.pack().isEmpty());
        world.core.benefits().choosePack(admin, BenefitPack.LAPS);
        assertEquals(10, world.core.benefits().overview(admin).lines().size());
    }

    @Test
    @DisplayName("R19: redeeming the last unit works, one more is refused; partial redemptions add up")
    void lastUnitAndOneMore() {
        buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-07", 10, ""));
        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-07", 6, ""));
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-07", 1, "")));
        assertTrue(e.has(ReasonCode.QUANTITY_EXCEEDED));
        assertTrue(e.getMessage().contains("Only 0 of 16"), e.getMessage());
        BenefitLine line = world.core.benefits().overview(admin).lines().stream()
                .filter(l -> l.benefit().id().equals("MAPS-07")).findFirst().orElseThrow();
        assertEquals(16, line.used());
        assertEquals(0, line.left());

        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 4, "contoso.onmicrosoft.com"));
        assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 2, "contoso.onmicrosoft.com")));
        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 1, "contoso.onmicrosoft.com"));
        assertThrows(InvalidInputException.class, () -> new RedeemBenefit("MAPS-01", 0, "x"));
    }

    @Test
    @DisplayName("R19: on-premises reveals a product key; cloud is activated for a tenant; who and when are recorded")
    void keysAndTenants() {
        buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        Redemption onPrem = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-05", 1, ""));
        assertTrue(onPrem.productKey().matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}"), onPrem.productKey());
        assertEquals(admin.userId(), onPrem.redeemedByUserId());
        assertEquals(world.clock.instant(), onPrem.redeemedAt());
        assertEquals(onPrem.productKey(), world.core.benefits().viewProductKey(admin, onPrem.id()));
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-02", 1, ""))).has(ReasonCode.TARGET_REQUIRED));
        Redemption cloud = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-02", 1, "contoso.onmicrosoft.com"));
        assertEquals("", cloud.productKey());
        assertEquals("contoso.onmicrosoft.com", cloud.target());
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("LAPS-03", 1, "x"))).has(ReasonCode.BENEFIT_NOT_IN_PACK));
    }

    @Test
    @DisplayName("R19: no redemption before the pack is chosen")
    void packFirst() {
        buyAndProvision();
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-05", 1, ""))).has(ReasonCode.PACK_NOT_CHOSEN));
    }

    @Test
    @DisplayName("R13: an Office subscription runs 365 days from its own activation, not from the membership dates")
    void officeSubscription() {
        Membership m = buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.clock.setDate(DAY.plusDays(100));
        Redemption office = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-22", 5, "contoso.onmicrosoft.com"));
        assertTrue(world.store.catalog.find("MAPS-22").orElseThrow().isOfficeProduct());
        assertEquals(DAY.plusDays(100), office.activatedOn());
        LocalDate validThrough = world.core.officeSubscriptions().list(admin).get(0).validThrough();
        assertEquals(DAY.plusDays(465), validThrough);
        assertNotEquals(m.dates().endDate(), validThrough);
        assertNotEquals(m.dates().benefitsEndDate(), validThrough);
    }

    @Test
    @DisplayName("R12: benefits are usable on AD+30 and gone on AD+31 without renewal")
    void benefitsEnd() {
        buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.clock.setDate(DAY.plusDays(395));
        assertEquals(BenefitsStatus.AVAILABLE, world.core.benefits().overview(admin).status());
        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-05", 1, ""));
        world.clock.setDate(DAY.plusDays(396));
        assertEquals(BenefitsStatus.NONE, world.core.benefits().overview(admin).status());
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-04", 1, ""))).has(ReasonCode.NO_MEMBERSHIP));
    }

    @Test
    @DisplayName("R19 R4: lists never show a product key; it is read only through viewProductKey, which needs a managing role")
    void keysHiddenInOverview() {
        buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        Redemption r = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-05", 1, ""));
        Actor reader = Actor.console(world.core.addUser().add(admin, new NewUser("reader@contoso.example", "Reader",
                java.util.Set.of(com.actionpack.core.account.Role.READER))).id());
        for (Actor who : java.util.List.of(admin, reader)) {
            Redemption listed = world.core.benefits().overview(who).redemptions().get(0);
            assertEquals(Redemption.HIDDEN_KEY, listed.productKey());
        }
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().viewProductKey(reader, r.id())).has(ReasonCode.MISSING_ROLE));
        assertEquals(r.productKey(), world.core.benefits().viewProductKey(admin, r.id()));
    }
}

package com.actionpack.core.usecase.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R17a: the pack choice reopens with each new term; only a Global admin or MPN Partner admin makes it. */
class PackChoicePerTermTest {

    private static final LocalDate PAID = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(PAID);
    private final Actor admin = world.readyAccount();

    private Membership buyAndProvision() {
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        world.clock.advance(Duration.ofHours(24));
        return m;
    }

    @ParameterizedTest(name = "{0} may choose: {1}")
    @CsvSource({"GLOBAL_ADMIN, true", "MPN_PARTNER_ADMIN, true", "ACCOUNT_ADMIN, false", "BILLING_ADMIN, false", "READER, false"})
    @DisplayName("R17a R4: the choice is offered to, and accepted from, exactly a Global admin or MPN Partner admin")
    void whoChooses(Role role, boolean may) {
        buyAndProvision();
        Actor user = Actor.console(world.core.addUser().add(admin, new NewUser(role.name().toLowerCase() + "@contoso.example", "U",
                Set.of(role))).id());
        BenefitsOverview seen = world.core.benefits().overview(user);
        assertEquals(may, seen.choiceOffered(), "offered exactly when core accepts");
        assertEquals(!may, seen.choiceReasons().stream().anyMatch(r -> r.code() == ReasonCode.MISSING_ROLE));
        if (may) {
            world.core.benefits().choosePack(user, BenefitPack.LAPS);
            assertEquals(BenefitPack.LAPS, world.core.benefits().overview(admin).pack().orElseThrow());
        } else {
            assertTrue(assertThrows(ActionRefusedException.class,
                    () -> world.core.benefits().choosePack(user, BenefitPack.MAPS)).has(ReasonCode.MISSING_ROLE));
            assertTrue(world.core.benefits().overview(admin).pack().isEmpty());
        }
    }

    @Test
    @DisplayName("R17a: chosen once a term; the renewal on AD reopens it, AD - 1 is still the old term's choice")
    void reopensOnRenewal() {
        Membership first = buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        world.clock.setDate(first.dates().anniversaryDate().minusDays(1));
        assertFalse(world.core.benefits().overview(admin).choiceOffered());
        world.clock.setDate(first.dates().anniversaryDate());
        Membership renewed = buyAndProvision();
        assertTrue(renewed.term() > first.term(), "a renewal term");
        BenefitsOverview o = world.core.benefits().overview(admin);
        assertTrue(o.choiceOffered());
        assertTrue(o.pack().isEmpty());
        world.core.benefits().choosePack(admin, BenefitPack.LAPS);
        assertEquals(BenefitPack.LAPS, world.core.benefits().overview(admin).pack().orElseThrow());
    }

    @Test
    @DisplayName("R17a: a new purchase after the lapse (AD + 31) asks again, whatever the lapsed term chose")
    void reopensOnNewPurchase() {
        Membership first = buyAndProvision();
        world.core.benefits().choosePack(admin, BenefitPack.LAPS);
        world.clock.setDate(first.dates().benefitsEndDate().plusDays(1));
        assertFalse(world.core.benefits().overview(admin).choiceOffered(), "lapsed: nothing to choose for");
        buyAndProvision();
        BenefitsOverview o = world.core.benefits().overview(admin);
        assertTrue(o.choiceOffered());
        assertTrue(o.pack().isEmpty());
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        assertEquals(39, world.core.benefits().overview(admin).lines().size());
    }

    @Test
    @DisplayName("R17a: which pack fits whom is said (MAPS services partners, LAPS training partners)")
    void fitsWhom() {
        assertTrue(BenefitPack.MAPS.audience().contains("services partners"));
        assertTrue(BenefitPack.LAPS.audience().contains("training"));
    }
}

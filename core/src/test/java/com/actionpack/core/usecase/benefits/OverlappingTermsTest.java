package com.actionpack.core.usecase.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.BenefitLine;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.testing.CoreFixture;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R12a: after a renewal inside the window, the renewed term's benefits run to its own AD + 30. */
class OverlappingTermsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private static final LocalDate AD = DAY.plusDays(365);
    private final CoreFixture world = new CoreFixture(DAY);
    private final Actor admin = world.readyAccount();
    private final Membership first;
    private final Redemption key;

    OverlappingTermsTest() {
        first = world.buyByCard(admin).membership().orElseThrow();
        world.clock.advance(Duration.ofHours(25));
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        key = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-05", 1, ""));
        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-07", 10, ""));
        world.clock.setDate(AD.plusDays(5));
        world.buyByCard(admin);
    }

    private TermBenefits earlier() {
        BenefitsOverview o = world.core.benefits().overview(admin);
        assertEquals(1, o.earlierTerms().size(), o.earlierTerms().toString());
        return o.earlierTerms().get(0);
    }

    @Test
    @DisplayName("R12a: the renewed term's quantities, keys and redemptions stay visible beside the new term, labelled with its term and benefits end")
    void visibleAndLabelled() {
        BenefitsOverview o = world.core.benefits().overview(admin);
        assertEquals(2, o.membership().orElseThrow().term());
        assertEquals("Term 2: benefits until " + o.membership().orElseThrow().dates().benefitsEndDate(),
                o.currentLabel().orElseThrow());
        TermBenefits t = earlier();
        assertEquals(first.id(), t.membership().id());
        assertEquals(AD.plusDays(30), t.benefitsEnd());
        assertEquals("Term 1 (renewed): benefits until " + AD.plusDays(30), t.label());
        BenefitLine line = t.lines().stream().filter(l -> l.benefit().id().equals("MAPS-07")).findFirst().orElseThrow();
        assertEquals(10, line.used());
        assertEquals(6, line.left());
        assertEquals(2, t.redemptions().size());
        assertEquals(Redemption.HIDDEN_KEY, t.redemptions().stream().filter(r -> r.id() == key.id()).findFirst()
                .orElseThrow().productKey(), "keys stay hidden in lists");
        assertEquals(key.productKey(), world.core.benefits().viewProductKey(admin, key.id()), "and can still be shown");
    }

    @Test
    @DisplayName("R12a: the renewed term's unredeemed quantity is usable through AD+30 and refused on AD+31")
    void usableThroughItsBenefitsEnd() {
        world.clock.setDate(AD.plusDays(30));
        Redemption more = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-07", 6, "", first.id()));
        assertEquals(first.id(), more.membershipId());
        assertEquals(16, earlier().lines().stream().filter(l -> l.benefit().id().equals("MAPS-07")).findFirst()
                .orElseThrow().used());
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.benefits()
                .redeem(admin, new RedeemBenefit("MAPS-07", 1, "", first.id()))).has(ReasonCode.QUANTITY_EXCEEDED));

        world.clock.setDate(AD.plusDays(31));
        assertTrue(world.core.benefits().overview(admin).earlierTerms().isEmpty(), "gone on AD+31");
        ActionRefusedException ended = assertThrows(ActionRefusedException.class, () -> world.core.benefits()
                .redeem(admin, new RedeemBenefit("MAPS-08", 1, "", first.id())));
        assertTrue(ended.has(ReasonCode.NO_MEMBERSHIP));
        assertTrue(ended.getMessage().contains("ended on " + AD.plusDays(30)), ended.getMessage());
    }

    @Test
    @DisplayName("R12a R15: using the renewed term's benefits does not end the right to cancel the renewal")
    void renewalStillCancellable() {
        world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-08", 1, "", first.id()));
        assertTrue(world.core.cancellations().check(admin).allowed(),
                world.core.cancellations().check(admin).reasons().toString());
    }
}

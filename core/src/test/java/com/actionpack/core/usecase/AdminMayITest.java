package com.actionpack.core.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.actionpack.core.account.Role;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The partner admin's confirmed actions each have a read-only may-I query that answers exactly
 * as the action refuses: choose the pack (R17, R17a), see a product key (R19), cancel an unpaid
 * wire order (R8).
 */
class AdminMayITest {

    private final CoreFixture world = new CoreFixture(LocalDate.of(2026, 3, 10));
    private final Actor admin = world.readyAccount();

    private List<ReasonCode> refusedBoth(Supplier<List<Reason>> mayI, Runnable action) {
        List<Reason> asked = mayI.get();
        assertEquals(asked, assertThrows(ActionRefusedException.class, action::run).reasons());
        return asked.stream().map(Reason::code).toList();
    }

    private Actor reader() {
        world.core.addUser().add(admin, new NewUser("rea@contosoltd.example", "Rea", EnumSet.of(Role.READER)));
        return Actor.console(world.store.users.findByEmail("rea@contosoltd.example").orElseThrow().id());
    }

    @Test
    @DisplayName("R17 R17a R16: choosing the pack: refused before provisioning, to a Reader, and once chosen")
    void choosePack() {
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        assertEquals(List.of(ReasonCode.BENEFITS_NOT_PROVISIONED), refusedBoth(() -> world.core.benefits().mayChoosePack(admin),
                () -> world.core.benefits().choosePack(admin, BenefitPack.MAPS)));
        world.core.benefits().provisionNow(world.operator(), m.id());
        Actor reader = reader();
        assertEquals(List.of(ReasonCode.MISSING_ROLE), refusedBoth(() -> world.core.benefits().mayChoosePack(reader),
                () -> world.core.benefits().choosePack(reader, BenefitPack.MAPS)));
        assertEquals(List.of(), world.core.benefits().mayChoosePack(admin));
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        assertEquals(List.of(ReasonCode.PACK_ALREADY_CHOSEN), refusedBoth(() -> world.core.benefits().mayChoosePack(admin),
                () -> world.core.benefits().choosePack(admin, BenefitPack.LAPS)));
    }

    @Test
    @DisplayName("R19 R4: a product key: its own account's, to a Global or MPN Partner admin")
    void viewProductKey() {
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        world.core.benefits().provisionNow(world.operator(), m.id());
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        String keyed = world.core.benefits().catalog(BenefitPack.MAPS).stream().filter(b -> b.revealsProductKey())
                .findFirst().orElseThrow().id();
        Redemption r = world.core.benefits().redeem(admin, new RedeemBenefit(keyed, 1, ""));
        Actor reader = reader();
        assertEquals(List.of(ReasonCode.MISSING_ROLE), refusedBoth(() -> world.core.benefits().mayViewProductKey(reader, r.id()),
                () -> world.core.benefits().viewProductKey(reader, r.id())));
        assertEquals(List.of(ReasonCode.NOT_FOUND), refusedBoth(() -> world.core.benefits().mayViewProductKey(admin, 9_999),
                () -> world.core.benefits().viewProductKey(admin, 9_999)));
        assertEquals(List.of(), world.core.benefits().mayViewProductKey(admin, r.id()));
    }

    @Test
    @DisplayName("R8 R8a: cancelling an unpaid wire order: the account's own, still awaiting payment, by an admin who may buy")
    void cancelUnpaid() {
        Order order = world.buyByWire(admin).order();
        Actor reader = reader();
        assertEquals(List.of(ReasonCode.MISSING_ROLE), refusedBoth(() -> world.core.wirePayments().mayCancelUnpaid(reader, order.id()),
                () -> world.core.wirePayments().cancelUnpaid(reader, order.id())));
        Actor stranger = world.readyAccount("Fabrikam Inc", "DE");
        assertEquals(List.of(ReasonCode.ORDER_NOT_FOUND), refusedBoth(
                () -> world.core.wirePayments().mayCancelUnpaid(stranger, order.id()),
                () -> world.core.wirePayments().cancelUnpaid(stranger, order.id())));
        world.clock.advanceDays(31);
        assertEquals(List.of(ReasonCode.ORDER_NOT_AWAITING_PAYMENT), refusedBoth(
                () -> world.core.wirePayments().mayCancelUnpaid(admin, order.id()),
                () -> world.core.wirePayments().cancelUnpaid(admin, order.id())), "R8a: expired on placed + 31");
    }
}

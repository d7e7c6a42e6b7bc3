package com.actionpack.core.usecase.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitsStatus;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.OfficeValidity;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.SourceCatalog;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R13a: every Office product of a pack is valid for 365 days from its actual activation, whatever the membership does. */
class OfficeValidityTest {

    private static final LocalDate PAID = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(PAID);
    private final Actor admin = world.readyAccount();

    private Membership chosen(BenefitPack pack) {
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        world.clock.advance(Duration.ofHours(24));
        world.core.benefits().choosePack(admin, pack);
        return m;
    }

    private Redemption redeem(String id) {
        return world.core.benefits().redeem(admin, new RedeemBenefit(id, 1, "contoso.onmicrosoft.com"));
    }

    private OfficeValidity only() {
        List<OfficeValidity> all = world.core.officeSubscriptions().list(admin);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    @DisplayName("R13a: the Office products are exactly MAPS Office 365 E3, MAPS Office Professional Plus 2019 and LAPS Office 365 (E3) Seats")
    void officeProducts() {
        assertEquals(List.of("MAPS-22", "MAPS-27", "LAPS-04"),
                SourceCatalog.all().stream().filter(CatalogBenefit::isOfficeProduct).map(CatalogBenefit::id).toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"MAPS, MAPS-22", "MAPS, MAPS-27", "LAPS, LAPS-04"})
    @DisplayName("R13a: from the redemption day: valid on activation and activation + 365, not the day before nor on + 366")
    void fromRedemptionDay(BenefitPack pack, String id) {
        chosen(pack);
        world.clock.advanceDays(100);
        LocalDate redeemed = world.clock.today();
        redeem(id);
        OfficeValidity v = only();
        assertEquals(redeemed, v.activatedOn());
        assertFalse(v.activationRecorded());
        assertEquals(redeemed.plusDays(365), v.validThrough());
        assertFalse(v.isValidOn(redeemed.minusDays(1)));
        assertTrue(v.isValidOn(redeemed));
        assertTrue(v.isValidOn(redeemed.plusDays(365)));
        assertFalse(v.isValidOn(redeemed.plusDays(366)));
    }

    @Test
    @DisplayName("R13a: a later actual activation recorded by the admin moves the validity: + 365 valid, + 366 not")
    void laterActivationRecorded() {
        chosen(BenefitPack.MAPS);
        LocalDate redeemed = world.clock.today();
        Redemption r = redeem("MAPS-27");
        world.clock.advanceDays(45);
        LocalDate actual = redeemed.plusDays(40);
        OfficeValidity v = world.core.recordOfficeActivation().record(admin, new RecordOfficeActivation.Command(r.id(), actual));
        assertEquals(actual, v.activatedOn());
        assertTrue(v.activationRecorded());
        assertEquals(v, only());
        assertTrue(v.isValidOn(actual.plusDays(365)));
        assertFalse(v.isValidOn(actual.plusDays(366)));
        assertFalse(v.isValidOn(actual.minusDays(1)), "not yet activated the day before");
        assertTrue(world.store.auditEntries().stream().anyMatch(a -> a.action().equals("benefits.office-activated")
                && a.before().equals("activated " + redeemed + ", valid through " + redeemed.plusDays(365))
                && a.after().equals("activated " + actual + ", valid through " + actual.plusDays(365))));
    }

    @Test
    @DisplayName("R13a: the validity does not follow the membership: it outlives the benefits end date (AD + 30) and the lapse")
    void outlivesTheMembership() {
        Membership m = chosen(BenefitPack.LAPS);
        world.clock.advanceDays(200);
        LocalDate redeemed = world.clock.today();
        redeem("LAPS-04");
        world.clock.setDate(m.dates().benefitsEndDate().plusDays(1));
        assertEquals(BenefitsStatus.NONE, world.core.benefits().overview(admin).status(), "lapsed: no benefits");
        OfficeValidity v = only();
        assertEquals(redeemed.plusDays(365), v.validThrough());
        assertTrue(v.validThrough().isAfter(m.dates().benefitsEndDate()));
        assertTrue(v.isValidOn(world.clock.today()));
    }

    @Test
    @DisplayName("R13a: recording is refused on the redemption day itself (+1 accepted), in the future, twice, for a non-Office benefit")
    void recordingRefusals() {
        chosen(BenefitPack.MAPS);
        LocalDate redeemed = world.clock.today();
        Redemption office = redeem("MAPS-22");
        Redemption other = redeem("MAPS-01");
        RecordOfficeActivation record = world.core.recordOfficeActivation();
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> record.record(admin, new RecordOfficeActivation.Command(office.id(), redeemed))).has(ReasonCode.INVALID_INPUT));
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> record.record(admin, new RecordOfficeActivation.Command(office.id(), redeemed.plusDays(1))))
                .has(ReasonCode.INVALID_INPUT), "tomorrow is in the future");
        world.clock.advanceDays(1);
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> record.record(admin, new RecordOfficeActivation.Command(other.id(), redeemed.plusDays(1))))
                .has(ReasonCode.INVALID_INPUT), "Azure AD Basic is no Office product");
        record.record(admin, new RecordOfficeActivation.Command(office.id(), redeemed.plusDays(1)));
        assertTrue(assertThrows(ActionRefusedException.class,
                () -> record.record(admin, new RecordOfficeActivation.Command(office.id(), redeemed.plusDays(1))))
                .has(ReasonCode.CONFLICT));
    }

    @Test
    @DisplayName("R13a R4: a billing admin may not record an activation; another account's redemption is not found")
    void whoMayRecord() {
        chosen(BenefitPack.MAPS);
        Redemption office = redeem("MAPS-22");
        world.clock.advanceDays(2);
        Actor billing = Actor.console(world.core.addUser().add(admin, new NewUser("bill@contoso.example", "Bill", Set.of(Role.BILLING_ADMIN))).id());
        LocalDate day = world.clock.today().minusDays(1);
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.recordOfficeActivation()
                .record(billing, new RecordOfficeActivation.Command(office.id(), day))).has(ReasonCode.MISSING_ROLE));
        Actor stranger = world.readyAccount("Fabrikam", "US");
        assertTrue(assertThrows(ActionRefusedException.class, () -> world.core.recordOfficeActivation()
                .record(stranger, new RecordOfficeActivation.Command(office.id(), day))).has(ReasonCode.NOT_FOUND));
        assertTrue(world.core.officeSubscriptions().list(stranger).isEmpty());
    }
}

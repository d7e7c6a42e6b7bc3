package com.actionpack.core.eligibility;

import static com.actionpack.core.testing.States.holding;
import static com.actionpack.core.testing.States.membership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.testing.States;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityRulesTest {

    private final EligibilityRules rules = new EligibilityRules(new AccessPolicy());
    private final User admin = States.user(Role.MPN_PARTNER_ADMIN);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    static Stream<LocalDate> everyPurchaseDate() {
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2030, 1, 1));
    }

    @ParameterizedTest(name = "paid {0}")
    @MethodSource("everyPurchaseDate")
    @DisplayName("R6 R11 R12 sweep: Renew is offered on exactly AD..AD+30; after that Buy now is offered afresh")
    void renewOfferedExactlyInWindow(LocalDate paid) {
        AccountState state = holding(membership(paid));
        LocalDate ad = paid.plusDays(365);
        // Every day of the first week, one mid-term day, and every day from AD-7 to AD+32.
        List<LocalDate> days = new java.util.ArrayList<>(paid.datesUntil(paid.plusDays(7)).toList());
        days.add(paid.plusDays(180));
        days.addAll(ad.minusDays(7).datesUntil(ad.plusDays(33)).toList());
        for (LocalDate day : days) {
            Eligibility e = rules.evaluate(state, admin, day);
            boolean inWindow = !day.isBefore(ad) && !day.isAfter(ad.plusDays(30));
            if (day.isAfter(ad.plusDays(30))) {
                assertEquals(OfferMode.BUY_NOW, e.mode(), day.toString());
                assertTrue(e.enabled(), day.toString());
            } else {
                assertEquals(OfferMode.RENEW, e.mode(), day.toString());
                assertEquals(inWindow, e.enabled(), day.toString());
                assertEquals(!inWindow, codes(e.reasons()).contains(ReasonCode.RENEWAL_WINDOW_NOT_OPEN), day.toString());
            }
        }
    }

    @Test
    @DisplayName("R11: the day before AD, AD, AD+30 and AD+31 around a 29 February 2028 purchase")
    void leapDayWindowEdges() {
        Membership m = membership(LocalDate.of(2028, 2, 29));
        AccountState state = holding(m);
        assertFalse(rules.evaluate(state, admin, LocalDate.of(2029, 2, 27)).enabled());
        assertTrue(rules.evaluate(state, admin, LocalDate.of(2029, 2, 28)).enabled());
        assertTrue(rules.evaluate(state, admin, LocalDate.of(2029, 3, 30)).enabled());
        Eligibility after = rules.evaluate(state, admin, LocalDate.of(2029, 3, 31));
        assertEquals(OfferMode.BUY_NOW, after.mode());
        assertTrue(after.current().isEmpty());
    }

    @Test
    @DisplayName("R6: a ready account with no membership sees Buy now, enabled, no reasons")
    void readyAccountMayBuy() {
        Eligibility e = rules.evaluate(States.state(States.readyAccount(), List.of(), List.of(), List.of()), admin, TODAY);
        assertEquals(OfferMode.BUY_NOW, e.mode());
        assertTrue(e.enabled());
        assertEquals(List.of(), e.reasons());
    }

    @Test
    @DisplayName("R6 R2 R3 R4 R5 R8 R15: every failing reason is listed together, each with a remedy")
    void everyReasonListedTogether() {
        LocalDate paid = TODAY.minusDays(10);
        AccountState state = States.state(States.account(false, VerificationStatus.PENDING),
                List.of(States.wireOrder(TODAY.minusDays(3))), List.of(membership(paid)),
                List.of(States.ticketInProgress(TODAY.minusDays(1))));
        Eligibility e = rules.evaluate(state, States.user(Role.BILLING_ADMIN), TODAY);

        assertFalse(e.enabled());
        assertEquals(List.of(ReasonCode.NOT_ENROLLED, ReasonCode.NOT_VERIFIED, ReasonCode.MISSING_ROLE,
                ReasonCode.RENEWAL_WINDOW_NOT_OPEN, ReasonCode.AWAITING_WIRE_PAYMENT, ReasonCode.CANCELLATION_IN_PROGRESS),
                codes(e.reasons()));
        for (Reason r : e.reasons()) {
            assertFalse(r.message().isBlank(), r.code().name());
            assertFalse(r.remedy().isBlank(), r.code() + " has a remedy");
        }
    }

    @Test
    @DisplayName("R2: a rejected profile is a NOT_VERIFIED reason that says how to appeal and shows the operator's note")
    void rejectedProfile() {
        var rejected = States.readyAccount().withVerification(VerificationStatus.REJECTED, "address does not match");
        Eligibility e = rules.evaluate(States.state(rejected, List.of(), List.of(), List.of()), admin, TODAY);
        assertEquals(List.of(ReasonCode.NOT_VERIFIED), codes(e.reasons()));
        assertTrue(e.reasons().get(0).message().contains("address does not match"));
        assertTrue(e.reasons().get(0).remedy().contains("appeal"));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    @DisplayName("R4: only Global admin and MPN Partner admin may buy")
    void rolesThatMayBuy(Role role) {
        Eligibility e = rules.evaluate(States.state(States.readyAccount(), List.of(), List.of(), List.of()),
                States.user(role), TODAY);
        boolean may = role == Role.GLOBAL_ADMIN || role == Role.MPN_PARTNER_ADMIN;
        assertEquals(may, e.enabled(), role.name());
        assertEquals(may ? List.of() : List.of(ReasonCode.MISSING_ROLE), codes(e.reasons()));
    }

    @Test
    @DisplayName("R8a: a wire order blocks Buy through day 30 after placing and frees the account on day 31")
    void wireOrderBlocksUntilExpiry() {
        LocalDate placed = TODAY;
        AccountState state = States.state(States.readyAccount(), List.of(States.wireOrder(placed)), List.of(), List.of());
        Eligibility day30 = rules.evaluate(state, admin, placed.plusDays(30));
        assertEquals(List.of(ReasonCode.AWAITING_WIRE_PAYMENT), codes(day30.reasons()));
        assertTrue(day30.reasons().get(0).message().contains("last day to pay is " + placed.plusDays(30)),
                day30.reasons().get(0).message());
        assertTrue(rules.evaluate(state, admin, placed.plusDays(31)).enabled());
    }

    private static List<ReasonCode> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }
}

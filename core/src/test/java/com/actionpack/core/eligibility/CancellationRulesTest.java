package com.actionpack.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.testing.States;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CancellationRulesTest {

    private final CancellationRules rules = new CancellationRules(new AccessPolicy());
    private final User admin = States.user(Role.GLOBAL_ADMIN);

    static Stream<LocalDate> everyPurchaseDate() {
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2030, 1, 1));
    }

    @ParameterizedTest(name = "paid {0}")
    @MethodSource("everyPurchaseDate")
    @DisplayName("R15 sweep: cancellation is allowed exactly through day 30 after purchase")
    void allowedExactlyThroughDay30(LocalDate paid) {
        AccountState state = States.holding(States.membership(paid));
        for (int day = 0; day <= 40; day++) {
            CancellationCheck check = rules.evaluate(state, admin, List.of(), paid.plusDays(day));
            assertEquals(day <= 30, check.allowed(), "day " + day);
            assertEquals(Optional.of(paid.plusDays(30)), check.lastDay());
            if (day > 30) {
                assertEquals(List.of(ReasonCode.CANCELLATION_WINDOW_CLOSED), codes(check.reasons()));
            }
        }
    }

    @Test
    @DisplayName("R15: every failing condition is listed: role, window, redeemed, key viewed, ticket open")
    void everyConditionListed() {
        LocalDate paid = LocalDate.of(2026, 4, 1);
        Membership m = States.membership(paid).withKeyViewedAt(Instant.parse("2026-04-03T10:00:00Z"));
        AccountState state = States.state(States.readyAccount(), List.of(), List.of(m),
                List.of(States.ticketInProgress(paid.plusDays(2))));
        Redemption used = new Redemption(1, m.id(), 1, "MAPS-01", 1, 7, Instant.parse("2026-04-02T10:00:00Z"),
                "contoso.example", "", paid.plusDays(1));
        CancellationCheck check = rules.evaluate(state, States.user(Role.READER), List.of(used), paid.plusDays(31));
        assertEquals(List.of(ReasonCode.MISSING_ROLE, ReasonCode.CANCELLATION_WINDOW_CLOSED,
                ReasonCode.BENEFIT_ALREADY_REDEEMED, ReasonCode.PRODUCT_KEY_VIEWED, ReasonCode.CANCELLATION_IN_PROGRESS),
                codes(check.reasons()));
    }

    @Test
    @DisplayName("R15: nothing to cancel without a current membership")
    void noMembership() {
        CancellationCheck check = rules.evaluate(States.state(States.readyAccount(), List.of(), List.of(), List.of()),
                admin, List.of(), LocalDate.of(2026, 1, 1));
        assertFalse(check.allowed());
        assertEquals(List.of(ReasonCode.NO_MEMBERSHIP), codes(check.reasons()));
        assertTrue(check.lastDay().isEmpty());
    }

    private static List<ReasonCode> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }
}

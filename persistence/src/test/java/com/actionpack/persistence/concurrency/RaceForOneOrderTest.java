package com.actionpack.persistence.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.Ports;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Money;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.ordering.LiveOrderConflictException;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.persistence.testing.DbWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

/**
 * R5 under a real race: two threads, each with its own connection per transaction, order
 * for the same account at the same moment. 100 rounds, exactly one order each round, on each
 * backend (#16: on PostgreSQL by serialisable transactions and the partial unique index).
 */
@OnBothBackends
class RaceForOneOrderTest {

    private static final int ROUNDS = 100;

    @Parameter
    Backend backend;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    private <T> List<Object> race(Callable<T> a, Callable<T> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<T> c : List.of(a, b)) {
            futures.add(pool.submit(() -> {
                start.await(5, TimeUnit.SECONDS);
                try {
                    return c.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @Test
    @DisplayName("R5: two admins press Buy at the same moment, 100 rounds: exactly one order each round")
    void twoAdminsBuyAtOnce() throws Exception {
        DbWorld world = backend.world("race", LocalDate.of(2026, 3, 1));
        Actor operator = world.operator();
        for (int round = 0; round < ROUNDS; round++) {
            Actor admin = world.readyAccount("Race " + round, "US", operator);
            List<Object> outcomes = race(() -> world.buyByCard(admin), () -> world.buyByCard(admin));
            long refused = outcomes.stream().filter(o -> o instanceof ActionRefusedException).count();
            assertEquals(1, refused, "round " + round + ": " + outcomes);
            ActionRefusedException loser = (ActionRefusedException) outcomes.stream()
                    .filter(o -> o instanceof ActionRefusedException).findFirst().orElseThrow();
            assertTrue(loser.has(ReasonCode.RENEWAL_WINDOW_NOT_OPEN) || loser.has(ReasonCode.ALREADY_PURCHASED),
                    loser.getMessage());
            assertEquals(1, world.core.billing().orders(admin).size(), "round " + round);
        }
    }

    @Test
    @DisplayName("R5: the database alone refuses a second live order, even when no rule above checks, 100 rounds")
    void databaseGuardWithoutRules() throws Exception {
        DbWorld world = backend.world("guard", LocalDate.of(2026, 3, 1));
        Ports p = world.ports;
        for (int round = 0; round < ROUNDS; round++) {
            var setup = world.newAccount("Guard " + round, "US");
            Order draft = new Order(0, "", new Order.Placement(setup.account().id(), 1, OrderKind.NEW, 0, Instant.now(),
                    LocalDate.of(2026, 3, 1), setup.globalAdmin().id()),
                    new Order.Charge(Money.of(47_500, "USD"), 0, Money.of(0, "USD"), Money.of(47_500, "USD")),
                    new Order.Payment(PaymentMethod.WIRE_TRANSFER, null, null), Order.Progress.of(OrderStatus.AWAITING_PAYMENT));
            Callable<Order> insert = () -> p.transactions().write(() -> p.orders().insert(draft));
            List<Object> outcomes = race(insert, insert);
            assertEquals(1, outcomes.stream().filter(o -> o instanceof Order).count(), "round " + round + ": " + outcomes);
            assertEquals(1, outcomes.stream().filter(o -> o instanceof LiveOrderConflictException).count(),
                    "round " + round + ": " + outcomes);
        }
    }
}

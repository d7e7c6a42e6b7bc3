package com.actionpack.core.usecase.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.actionpack.core.account.Role;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewUser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seeded random walks through the use cases. After every step: no account holds two live
 * orders for one term, at most one order awaiting payment and at most one current membership
 * (R5); every change of state appended to the audit trail, which only grows (R21).
 */
class ActionSequenceTest {

    private static final int STEPS = 2_000;

    private record Account(long id, List<Actor> admins) {
    }

    @Test
    @DisplayName("R5 R21: 2,000 seeded random actions never give an account two live orders, and every change is audited")
    void randomActions() {
        for (long seed : new long[] {20261124L}) {
            walk(seed);
        }
    }

    private void walk(long seed) {
        CoreFixture world = new CoreFixture(LocalDate.of(2026, 1, 5));
        Random random = new Random(seed);
        Actor op = world.operator();
        List<Account> accounts = new ArrayList<>();
        for (String[] a : new String[][] {{"Contoso Ltd", "US"}, {"Fabrikam Inc", "US"}, {"Tata Partners", "IN"}}) {
            Actor admin = world.readyAccount(a[0], a[1]);
            Actor second = Actor.console(world.core.addUser().add(admin,
                    new NewUser("mpn@" + a[0].replaceAll("[^A-Za-z]", "")
                    .toLowerCase() + ".example", "Second admin", Set.of(Role.MPN_PARTNER_ADMIN))).id());
            accounts.add(new Account(world.core.accountQueries().account(admin).id(), List.of(admin, second)));
        }
        Map<String, Integer> done = new TreeMap<>();
        Map<String, Integer> refused = new TreeMap<>();

        for (int step = 0; step < STEPS; step++) {
            Account account = accounts.get(random.nextInt(accounts.size()));
            Actor admin = account.admins().get(random.nextInt(2));
            int choice = random.nextInt(14);
            String action = switch (choice) {
                case 0, 1 -> "buy card";
                case 2, 3 -> "buy wire";
                case 4 -> "cancel wire";
                case 5, 6 -> "record funds";
                case 7, 8 -> "advance";
                case 9 -> "jump to renewal window";
                case 10 -> "request cancellation";
                case 11 -> "process cancellation";
                case 12 -> "expire overdue";
                default -> "use benefits";
            };
            List<Object> before = world.store.contentsExceptAudit();
            List<AuditEntry> auditBefore = world.store.auditEntries();
            try {
                act(world, random, op, account, admin, choice);
                done.merge(action, 1, Integer::sum);
            } catch (ActionRefusedException expected) {
                refused.merge(action, 1, Integer::sum);
            } catch (RuntimeException unexpected) {
                throw new AssertionError("seed " + seed + " step " + step + " (" + action + "): " + unexpected, unexpected);
            }
            String where = "seed " + seed + " step " + step + " after " + action + " on " + world.clock.today();
            checkInvariants(world, accounts, where);
            List<AuditEntry> auditAfter = world.store.auditEntries();
            assertEquals(auditBefore, auditAfter.subList(0, auditBefore.size()), where + ": audit entries never change");
            if (!before.equals(world.store.contentsExceptAudit())) {
                assertTrue(auditAfter.size() > auditBefore.size(), where + ": a change of state without an audit entry");
            }
        }
        // The walk must have reached the interesting states, or it proves nothing.
        for (String reached : List.of("buy card", "buy wire", "cancel wire", "record funds", "jump to renewal window",
                "request cancellation", "process cancellation", "expire overdue", "use benefits")) {
            assertTrue(done.getOrDefault(reached, 0) > 0, "seed " + seed + ": never succeeded: " + reached + " " + done);
        }
        long renewals = world.store.auditEntries().stream().filter(e -> e.action().equals("order.renewal-placed")).count();
        long expiries = world.store.auditEntries().stream().filter(e -> e.action().equals("order.expired")).count();
        long lapses = world.store.auditEntries().stream().filter(e -> e.action().equals("membership.expired")).count();
        assertTrue(renewals > 0 && expiries > 0 && lapses > 0,
                "renewals " + renewals + ", wire expiries " + expiries + ", lapses " + lapses);
        assertTrue(refused.values().stream().mapToInt(Integer::intValue).sum() > 0, "some actions must be refused");
    }

    private static void act(CoreFixture world, Random random, Actor op, Account account, Actor admin, int choice) {
        LocalDate today = world.clock.today();
        switch (choice) {
            case 0, 1 -> world.buyByCard(admin);
            case 2, 3 -> world.buyByWire(admin);
            case 4 -> world.core.wirePayments().cancelUnpaid(admin, pickOrder(world, random, account));
            case 5, 6 -> world.core.wirePayments().recordFundsReceived(op, pickOrder(world, random, account));
            case 7, 8 -> {
                if (random.nextBoolean()) {
                    world.clock.advance(Duration.ofHours(1 + random.nextInt(30)));
                } else {
                    world.clock.advanceDays(1 + random.nextInt(random.nextBoolean() ? 10 : 60));
                }
            }
            case 9 -> {
                Membership current = world.store.memberships.listByAccount(account.id()).stream()
                        .filter(m -> Lifecycle.current(m, today)).findFirst()
                        .orElseThrow(() -> com.actionpack.core.common.ActionRefusedException.of(
                                com.actionpack.core.common.ReasonCode.NO_MEMBERSHIP, "no current membership", ""));
                LocalDate target = current.dates().anniversaryDate().plusDays(random.nextInt(33) - 1);
                if (target.isAfter(today)) {
                    world.clock.setDate(target);
                }
            }
            case 10 -> world.core.cancellations().request(admin, "random walk");
            case 11 -> {
                List<SupportTicket> open = world.core.cancellations().inProgress(op);
                if (open.isEmpty()) {
                    throw com.actionpack.core.common.ActionRefusedException.of(
                            com.actionpack.core.common.ReasonCode.NOT_FOUND, "no ticket", "");
                }
                world.core.cancellations().processRefund(op, open.get(random.nextInt(open.size())).id());
            }
            case 12 -> world.core.wirePayments().expireOverdue(op);
            default -> {
                switch (random.nextInt(4)) {
                    case 0 -> world.core.benefits().choosePack(admin, random.nextBoolean() ? BenefitPack.MAPS : BenefitPack.LAPS);
                    case 1 -> world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-05", 1, ""));
                    case 2 -> world.core.benefits().redeem(admin, new RedeemBenefit("LAPS-03", 1, "dev@contoso.example"));
                    default -> {
                        Membership m = world.store.memberships.listByAccount(account.id()).stream().findFirst()
                                .orElseThrow(() -> com.actionpack.core.common.ActionRefusedException.of(
                                        com.actionpack.core.common.ReasonCode.NO_MEMBERSHIP, "none", ""));
                        world.core.benefits().provisionNow(op, m.id());
                    }
                }
            }
        }
    }

    /** Mostly the account's own awaiting order, sometimes any order of the account. */
    private static long pickOrder(CoreFixture world, Random random, Account account) {
        List<Order> orders = world.store.orders.listByAccount(account.id());
        if (orders.isEmpty()) {
            return -1;
        }
        return orders.get(random.nextInt(4) == 0 ? random.nextInt(orders.size()) : 0).id();
    }

    private static void checkInvariants(CoreFixture world, List<Account> accounts, String where) {
        LocalDate today = world.clock.today();
        for (Account account : accounts) {
            List<Order> orders = world.store.orders.listByAccount(account.id());
            Map<Integer, Long> liveByTerm = orders.stream().filter(o -> o.status().isLive())
                    .collect(Collectors.groupingBy(Order::term, Collectors.counting()));
            liveByTerm.forEach((term, n) -> {
                if (n > 1) {
                    fail(where + ": account " + account.id() + " has " + n + " live orders for term " + term + ": " + orders);
                }
            });
            long awaiting = orders.stream().filter(o -> Lifecycle.awaitingPayment(o, today)).count();
            assertTrue(awaiting <= 1, where + ": " + awaiting + " orders awaiting payment: " + orders);
            List<Membership> current = world.store.memberships.listByAccount(account.id()).stream()
                    .filter(m -> Lifecycle.current(m, today)).toList();
            assertTrue(current.size() <= 1, where + ": two current memberships " + current);
        }
    }
}

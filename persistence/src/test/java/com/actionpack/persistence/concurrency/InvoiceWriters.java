package com.actionpack.persistence.concurrency;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.persistence.testing.DbWorld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Child process for {@link InvoiceNumbersOnTwoHostsTest}: one "host" whose writer threads
 * issue documents on a shared database until a wall-clock deadline: card orders, wire orders,
 * and refunds (credit notes), each a new account. Prints "started" once its first document is
 * committed, then at the end "issued N" (the documents its transactions committed) or
 * "failed MESSAGE" for anything but a refusal.
 * Arguments: database location, end epoch millis, writer threads.
 */
public final class InvoiceWriters {

    private InvoiceWriters() {
    }

    public static void main(String[] args) throws InterruptedException {
        DbWorld world = DbWorld.at(args[0], LocalDate.of(2026, 3, 1));
        long end = Long.parseLong(args[1]);
        int writers = Integer.parseInt(args[2]);
        Actor operator = world.operator();
        AtomicLong issued = new AtomicLong();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (long i = 0; System.currentTimeMillis() < end && failures.isEmpty(); i++) {
                    try {
                        issued.addAndGet(issueOne(world, operator, writer, i));
                        if (writer == 0 && i == 0) {
                            System.out.println("started");
                            System.out.flush();
                        }
                    } catch (ActionRefusedException refused) {
                        failures.add("refused: " + refused.getMessage());
                    } catch (RuntimeException e) {
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            }, "writer-" + writer);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(failures.isEmpty() ? "issued " + issued.get() : "failed " + failures.get(0));
        System.out.flush();
    }

    /** One action that issues documents; returns how many (1, or 2 for a refund's credit note). */
    private static int issueOne(DbWorld world, Actor operator, int writer, long i) {
        Actor admin = world.readyAccount("Writer " + writer + " " + i, i % 3 == 1 ? "IN" : "US", operator);
        switch ((int) (i % 3)) {
            case 0 -> {
                world.buyByCard(admin);
                return 1;
            }
            case 1 -> {
                world.buyByWire(admin);
                return 1;
            }
            default -> {
                world.buyByCard(admin);
                var ticket = world.core.cancellations().request(admin, "Bought by mistake.").ticket();
                world.core.cancellations().processRefund(operator, ticket.id());
                return 2;
            }
        }
    }
}

package com.actionpack.persistence.concurrency;

import com.actionpack.core.common.Actor;
import com.actionpack.persistence.testing.DbWorld;
import java.time.LocalDate;

/**
 * Child process for {@link CrashDuringPurchasesTest}: buys without end (card and wire
 * alternately, new accounts) until it is killed. Prints "started" once its first purchase is
 * committed.
 */
public final class PurchaseStream {

    private PurchaseStream() {
    }

    public static void main(String[] args) {
        DbWorld world = DbWorld.at(args[0], LocalDate.of(2026, 3, 1));
        Actor operator = world.operator();
        for (long i = 0; ; i++) {
            Actor admin = world.readyAccount("Stream " + args[1] + " " + i, i % 2 == 0 ? "US" : "IN", operator);
            if (i % 2 == 0) {
                world.buyByCard(admin);
            } else {
                var wire = world.buyByWire(admin);
                world.core.wirePayments().recordFundsReceived(operator, wire.order().id());
            }
            if (i == 0) {
                System.out.println("started");
                System.out.flush();
            }
        }
    }
}

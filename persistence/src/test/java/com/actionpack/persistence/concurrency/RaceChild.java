package com.actionpack.persistence.concurrency;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.persistence.testing.DbWorld;
import java.time.LocalDate;

/**
 * Child process for {@link TwoProcessRaceTest}: at agreed wall-clock instants, one per round,
 * buys for the round's account and prints "round ok" or "round refused CODE".
 * Arguments: db path, start epoch millis, slot millis, admin user ids separated by commas.
 */
public final class RaceChild {

    private RaceChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        DbWorld world = DbWorld.at(args[0], LocalDate.of(2026, 3, 1));
        long start = Long.parseLong(args[1]);
        long slot = Long.parseLong(args[2]);
        String[] admins = args[3].split(",");
        world.core.eligibility().check(Actor.console(Long.parseLong(admins[0]))); // warm up before the first slot
        for (int round = 0; round < admins.length; round++) {
            long at = start + round * slot;
            long wait = at - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            Actor admin = Actor.console(Long.parseLong(admins[round]));
            try {
                world.buyByCard(admin);
                System.out.println(round + " ok");
            } catch (ActionRefusedException e) {
                System.out.println(round + " refused " + e.reasons().get(0).code());
            }
        }
        System.out.flush();
    }
}

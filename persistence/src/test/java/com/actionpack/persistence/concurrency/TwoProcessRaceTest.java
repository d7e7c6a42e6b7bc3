package com.actionpack.persistence.concurrency;

import static com.actionpack.persistence.jooq.Tables.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.persistence.testing.DbWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;
import com.actionpack.persistence.db.DatabaseTarget;

/**
 * R5 across processes: two JVMs, each with its own connections, press Buy for the same
 * account at the same agreed instant, 100 rounds: exactly one order per account, on each
 * backend (#16).
 */
@OnBothBackends
class TwoProcessRaceTest {

    private static final int ROUNDS = 100;
    private static final long SLOT_MS = 80;

    @Parameter
    Backend backend;

    @Test
    @DisplayName("R5: two processes order for the same account at the same moment, 100 rounds: exactly one order each")
    void twoProcesses() throws Exception {
        DatabaseTarget target = backend.freshTarget("race2");
        DbWorld world = new DbWorld(target, clock -> backend.open(target, clock), LocalDate.of(2026, 3, 1));
        Actor operator = world.operator();
        List<String> admins = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            admins.add(String.valueOf(world.readyAccount("Two " + round, "US", operator).userId()));
        }
        long start = System.currentTimeMillis() + 6_000; // both JVMs are up and warm by then
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> children = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            children.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", RaceChild.class.getName(), target.shown(),
                    String.valueOf(start), String.valueOf(SLOT_MS), String.join(",", admins))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        List<List<String>> outputs = new ArrayList<>();
        for (Process child : children) {
            outputs.add(read(child));
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
        }
        for (List<String> out : outputs) {
            assertEquals(ROUNDS, out.size(), out.toString());
        }
        for (int round = 0; round < ROUNDS; round++) {
            String a = outputs.get(0).get(round);
            String b = outputs.get(1).get(round);
            long ok = List.of(a, b).stream().filter(s -> s.endsWith(" ok")).count();
            assertEquals(1, ok, "round " + round + ": " + a + " / " + b);
        }
        Map<Long, Long> ordersPerAccount = world.db.transactions().read(() -> world.db.transactions().dsl()
                .selectFrom(ORDERS).fetch().stream().collect(Collectors.groupingBy(r -> r.getAccountId(), Collectors.counting())));
        assertEquals(ROUNDS, ordersPerAccount.size());
        assertTrue(ordersPerAccount.values().stream().allMatch(n -> n == 1), ordersPerAccount.toString());
    }

    private static List<String> read(Process child) throws IOException {
        return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
}

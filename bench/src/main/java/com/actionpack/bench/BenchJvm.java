package com.actionpack.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every in-process benchmark shares: a JVM without the libraries' banners and log lines
 * (so its output is only figures), and the median of timed calls.
 */
public final class BenchJvm {

    /**
     * System properties that silence jOOQ's logo and tips and route SLF4J to no output, as
     * {@code -Dname=value} options (also passed to child JVMs the benches start).
     */
    public static final List<String> QUIET = List.of("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
            "-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider", "-Dslf4j.internal.verbosity=WARN");

    private BenchJvm() {
    }

    /** Sets {@link #QUIET} in this JVM; call first in {@code main}, before any library logs. */
    public static void quiet() {
        for (String property : QUIET) {
            String[] pair = property.substring(2).split("=", 2);
            System.setProperty(pair[0], pair[1]);
        }
    }

    /** Median of {@code runs} timed calls after {@code warmup} untimed ones, in microseconds. */
    public static double medianMicros(int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1_000.0;
    }
}

package com.actionpack.bench.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SSH load benchmark (issue 6): N concurrent sessions each pressing keys for S seconds; prints
 * the median and 99th-percentile time from a key sent to the first byte of the screen update
 * received, errors, and the server's heap and RSS. A single session first gives the unloaded
 * baseline in the same run.
 *
 * <p>By default it starts {@link BenchServer} (console shell, main menu) in a child JVM so that
 * the server's memory is its own; {@code --connect HOST:PORT --key FILE [--pid PID]} points it
 * at a running server instead (the key's public half must be in that server's authorized keys).
 *
 * <pre>java -cp "bench/target/actionpack-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
 *     com.actionpack.bench.ssh.SshLoadBench [--sessions 20] [--seconds 30]</pre>
 */
public final class SshLoadBench {

    private static final String TITLE = "Action Pack Console";
    private static final String DOWN = "\u001b[B";
    private static final String UP = "\u001b[A";
    /** The main menu lists 8 workspaces: 7 moves down then 7 up always move the selection. */
    private static final int MOVES = 7;
    private static final long UPDATE_TIMEOUT = TimeUnit.SECONDS.toNanos(5);
    private static final long QUIET = TimeUnit.MILLISECONDS.toNanos(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);

    private final String host;
    private final int port;
    private final KeyPair key;
    private final ServerProcess server;

    private SshLoadBench(String host, int port, KeyPair key, ServerProcess server) {
        this.host = host;
        this.port = port;
        this.key = key;
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        int sessions = 20;
        int seconds = 30;
        String connect = null;
        Path keyFile = null;
        long pid = -1;
        int idle = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sessions": sessions = Integer.parseInt(args[++i]); break;
                case "--seconds": seconds = Integer.parseInt(args[++i]); break;
                case "--connect": connect = args[++i]; break;
                case "--key": keyFile = Path.of(args[++i]); break;
                case "--pid": pid = Long.parseLong(args[++i]); break;
                case "--idle": idle = Integer.parseInt(args[++i]); break;
                default:
                    System.err.println("usage: SshLoadBench [--sessions N] [--seconds S] [--idle N]"
                            + " [--connect HOST:PORT --key FILE [--pid PID]]");
                    System.exit(2);
            }
        }
        ServerProcess server;
        KeyPair key;
        String host = "127.0.0.1";
        int port;
        if (connect == null) {
            key = KeyUtils.generateKeyPair("ssh-ed25519", 256);
            Path dir = Files.createTempDirectory("actionpack-ssh-bench");
            Path keys = dir.resolve("authorized_keys");
            Files.writeString(keys, PublicKeyEntry.toString(key.getPublic()) + " bench@contoso.example\n");
            server = ServerProcess.start(keys, dir.resolve("ssh_host_key"), Math.max(Math.max(sessions, idle), 20));
            port = server.port;
        } else {
            if (keyFile == null) {
                throw new IllegalArgumentException("--connect needs --key PRIVATE_KEY_FILE");
            }
            key = readKey(keyFile);
            int colon = connect.lastIndexOf(':');
            host = connect.substring(0, colon);
            port = Integer.parseInt(connect.substring(colon + 1));
            server = ServerProcess.attach(pid);
        }
        SshLoadBench bench = new SshLoadBench(host, port, key, server);
        try {
            System.out.printf(Locale.ROOT, "SSH load benchmark: %s:%d, %d cores, %d sessions x %d s%n",
                    host, port, Runtime.getRuntime().availableProcessors(), sessions, seconds);
            bench.run(1, Math.min(5, seconds)); // warm-up: JIT and first-connection costs, not reported
            Result baseline = bench.run(1, Math.min(5, seconds));
            print("baseline, 1 session", baseline);
            Result load = bench.run(sessions, seconds);
            print("load, " + sessions + " sessions", load);
            System.out.printf(Locale.ROOT, "load/baseline median ratio: %.1fx%n",
                    load.percentile(50) / Math.max(0.001, baseline.percentile(50)));
            server.printMemory();
            if (idle > 0) {
                bench.idle(idle);
            }
        } finally {
            server.close();
        }
    }

    private static KeyPair readKey(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in,
                    FilePasswordProvider.EMPTY).iterator().next();
        }
    }

    private static void print(String label, Result r) {
        System.out.printf(Locale.ROOT,
                "%-22s keys %6d (%5.0f/s)  median %6.2f ms  p99 %7.2f ms  max %7.2f ms  timeouts %d  errors %d  sessions answering %d/%d%n",
                label, r.latencies.size(), r.latencies.size() / r.seconds, r.percentile(50), r.percentile(99),
                r.percentile(100), r.timeouts.get(), r.errors.get(), r.answering.get(), r.sessions);
        System.out.printf(Locale.ROOT, "%-22s server CPU with the sessions idle: %.0f%% of one core; live heap after GC with them open: %s%n",
                "", r.idleCpuPercent, r.liveHeap < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MiB", r.liveHeap / 1048576.0));
    }

    /**
     * Issue 15: {@code count} sessions signed in and showing their first screen, then left alone:
     * the server's CPU over 10 s while they idle (goal: under 2% of one core for 200) and its
     * resident memory with all of them open (goal: under 256 MiB).
     */
    private void idle(int count) throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((clientSession, remote, serverKey) -> true);
        client.start();
        java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> {
                KeyProbe probe = new KeyProbe();
                try (ClientSession session = client.connect("bench", host, port).verify(CONNECT_TIMEOUT).getSession()) {
                    session.addPublicKeyIdentity(key);
                    session.auth().verify(CONNECT_TIMEOUT);
                    ChannelShell shell = session.createShellChannel();
                    shell.setPtyType("xterm-256color");
                    shell.setPtyColumns(80);
                    shell.setPtyLines(24);
                    shell.setOut(probe);
                    shell.setErr(probe);
                    shell.open().verify(CONNECT_TIMEOUT);
                    if (!probe.awaitText(TITLE, CONNECT_TIMEOUT.toNanos())) {
                        throw new IOException("no first screen");
                    }
                    open.incrementAndGet();
                    ready.countDown();
                    release.await(10, TimeUnit.MINUTES);
                    shell.getInvertedIn().write('q');
                    shell.getInvertedIn().flush();
                    shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
                } catch (Exception e) {
                    failed.incrementAndGet();
                    ready.countDown();
                }
            }, "bench-idle-" + i);
            t.start();
            threads.add(t);
            if (i % 10 == 9) {
                Thread.sleep(50); // connect in waves, as people arrive, not all in one millisecond
            }
        }
        ready.await(5, TimeUnit.MINUTES);
        double openSeconds = (System.nanoTime() - started) / 1e9;
        Thread.sleep(5_000); // let the sign-ins' work settle
        double cpu = server.cpuPercentOver(Duration.ofSeconds(10));
        System.out.printf(Locale.ROOT, "idle, %d sessions:     %d open (%d failed) in %.1f s; server CPU while they idle %.1f%% of one core"
                + " (goal < 2%%); live heap after GC %s%n", count, open.get(), failed.get(), openSeconds, cpu,
                String.format(Locale.ROOT, "%.1f MiB", server.liveHeapAfterGc() / 1048576.0));
        server.printMemory();
        release.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        client.stop();
    }

    private Result run(int sessions, int seconds) throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        // The bench's own key server: no host key check needed, and no warning per session.
        client.setServerKeyVerifier((clientSession, remote, serverKey) -> true);
        client.start();
        Result result = new Result(sessions, seconds);
        CountDownLatch ready = new CountDownLatch(sessions);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(sessions);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Thread t = new Thread(() -> session(client, result, ready, go, finished, release), "bench-session-" + i);
            t.start();
            threads.add(t);
        }
        ready.await(2, TimeUnit.MINUTES);
        result.idleCpuPercent = server.cpuPercentOver(Duration.ofSeconds(3));
        server.startSampling();
        result.deadline.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
        go.countDown();
        finished.await(seconds + 60L, TimeUnit.SECONDS);
        server.stopSampling();
        result.liveHeap = server.liveHeapAfterGc();
        release.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        client.stop();
        return result;
    }

    private void session(SshClient client, Result result, CountDownLatch ready, CountDownLatch go,
                         CountDownLatch finished, CountDownLatch release) {
        KeyProbe probe = new KeyProbe();
        List<Long> mine = new ArrayList<>();
        boolean counted = false;
        boolean done = false;
        try (ClientSession session = client.connect("bench", host, port).verify(CONNECT_TIMEOUT).getSession()) {
            session.addPublicKeyIdentity(key);
            session.auth().verify(CONNECT_TIMEOUT);
            ChannelShell shell = session.createShellChannel();
            shell.setPtyType("xterm-256color");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setOut(probe);
            shell.setErr(probe);
            shell.open().verify(CONNECT_TIMEOUT);
            if (!probe.awaitText(TITLE, CONNECT_TIMEOUT.toNanos())) {
                throw new IOException("no first screen");
            }
            probe.awaitQuiet(QUIET * 5, UPDATE_TIMEOUT);
            ready.countDown();
            counted = true;
            go.await();
            OutputStream keys = shell.getInvertedIn();
            int step = 0;
            while (System.nanoTime() < result.deadline.get()) {
                String k = (step / MOVES) % 2 == 0 ? DOWN : UP;
                step++;
                probe.keySent(System.nanoTime());
                keys.write(k.getBytes(StandardCharsets.US_ASCII));
                keys.flush();
                long latency = probe.awaitUpdate(UPDATE_TIMEOUT);
                if (latency < 0) {
                    result.timeouts.incrementAndGet();
                } else {
                    mine.add(latency);
                }
                probe.awaitQuiet(QUIET, UPDATE_TIMEOUT);
            }
            if (!mine.isEmpty()) {
                result.answering.incrementAndGet();
            }
            // Stay connected while the server's live heap is measured with every session open.
            finished.countDown();
            done = true;
            release.await(60, TimeUnit.SECONDS);
            keys.write('q');
            keys.flush();
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
        } catch (Exception e) {
            result.errors.incrementAndGet();
            System.err.println("session error: " + e);
        } finally {
            if (!counted) {
                ready.countDown();
            }
            if (!done) {
                finished.countDown();
            }
            result.add(mine);
        }
    }

    private static final class Result {
        final int sessions;
        final double seconds;
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger timeouts = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger answering = new AtomicInteger();
        final AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
        volatile double idleCpuPercent = Double.NaN;
        volatile long liveHeap = -1;

        Result(int sessions, double seconds) {
            this.sessions = sessions;
            this.seconds = seconds;
        }

        void add(List<Long> some) {
            latencies.addAll(some);
        }

        /** In milliseconds; 100 gives the maximum. */
        double percentile(double p) {
            List<Long> sorted;
            synchronized (latencies) {
                sorted = new ArrayList<>(latencies);
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
        }
    }

    /** The server's JVM: started here (child) or attached by pid; samples its memory. */
    private static final class ServerProcess implements AutoCloseable {
        private final Process process;
        private final long pid;
        private final int port;
        private volatile long heapUsedPeak;
        private volatile long heapCommitted;
        private volatile long heapUsedLast;
        private volatile long gcHeap = -1;
        private volatile long heapReports;
        private volatile long rssPeakKb;
        private volatile boolean sampling;
        private Thread sampler;
        private long cpuTicksStart;
        private long wallStart;
        private double cpuPercent = Double.NaN;

        private ServerProcess(Process process, long pid, int port) {
            this.process = process;
            this.pid = pid;
            this.port = port;
        }

        static ServerProcess attach(long pid) {
            return new ServerProcess(null, pid, -1);
        }

        static ServerProcess start(Path keys, Path hostKey, int max) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
            String jvmArgs = System.getProperty("bench.serverJvmArgs", "");
            if (!jvmArgs.isBlank()) {
                command.addAll(List.of(jvmArgs.trim().split("\\s+")));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName(),
                    keys.toString(), hostKey.toString(), Integer.toString(max)));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("PORT ")) {
                process.destroy();
                throw new IOException("bench server did not start: " + line);
            }
            ServerProcess server = new ServerProcess(process, process.pid(), Integer.parseInt(line.substring(5).trim()));
            Thread reader = new Thread(() -> server.readHeap(out), "bench-heap-reader");
            reader.setDaemon(true);
            reader.start();
            return server;
        }

        private void readHeap(BufferedReader out) {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("GCHEAP ")) {
                        gcHeap = Long.parseLong(line.substring(7).trim());
                        heapReports++;
                    } else if (line.startsWith("HEAP ")) {
                        String[] parts = line.split(" ");
                        heapUsedLast = Long.parseLong(parts[1]);
                        heapCommitted = Long.parseLong(parts[2]);
                        if (sampling) {
                            heapUsedPeak = Math.max(heapUsedPeak, heapUsedLast);
                        }
                    }
                }
            } catch (IOException e) {
                // The server ended.
            }
        }

        /**
         * Asks the child for a full GC and its heap use after it. Attached by pid: the same
         * through {@code jcmd} (GC.heap_info before the GC gives the heap under load), or -1
         * when jcmd cannot reach the JVM.
         */
        long liveHeapAfterGc() throws IOException, InterruptedException {
            if (process == null) {
                if (pid < 0) {
                    return -1;
                }
                long[] loaded = jcmdHeap();
                if (loaded != null) {
                    heapUsedPeak = Math.max(heapUsedPeak, loaded[0]);
                    heapCommitted = loaded[1];
                }
                jcmd("GC.run");
                long[] live = jcmdHeap();
                return live == null ? -1 : live[0];
            }
            long before = heapReports;
            process.getOutputStream().write('g');
            process.getOutputStream().flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (heapReports == before && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            return gcHeap;
        }

        /** Used and committed heap in bytes from {@code jcmd PID GC.heap_info}, or null. */
        /**
         * Used and committed heap from {@code jcmd GC.heap_info}: G1 prints one "garbage-first
         * heap" line, the serial collector one line per generation ("def new generation",
         * "tenured generation"), summed here; metaspace lines are left out.
         */
        private long[] jcmdHeap() throws IOException, InterruptedException {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "(?m)^\\s*(garbage-first heap|def new generation|tenured generation|PSYoungGen|ParOldGen)"
                            + "\\s+total (\\d+)K, used (\\d+)K").matcher(jcmd("GC.heap_info"));
            long used = 0;
            long committed = 0;
            boolean found = false;
            while (m.find()) {
                found = true;
                committed += Long.parseLong(m.group(2)) * 1024;
                used += Long.parseLong(m.group(3)) * 1024;
            }
            return found ? new long[] {used, committed} : null;
        }

        private String jcmd(String command) throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
            String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return text;
        }

        double cpuPercentOver(Duration span) throws InterruptedException {
            if (pid < 0) {
                return Double.NaN;
            }
            long ticks = cpuTicks();
            long start = System.nanoTime();
            Thread.sleep(span.toMillis());
            return (cpuTicks() - ticks) / 100.0 / ((System.nanoTime() - start) / 1e9) * 100;
        }

        void startSampling() {
            if (pid < 0) {
                return;
            }
            sampling = true;
            cpuTicksStart = cpuTicks();
            wallStart = System.nanoTime();
            sampler = new Thread(() -> {
                while (sampling) {
                    rssPeakKb = Math.max(rssPeakKb, statusKb("VmRSS:"));
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stopSampling() throws InterruptedException {
            if (pid < 0) {
                return;
            }
            sampling = false;
            sampler.join();
            long ticks = cpuTicks() - cpuTicksStart;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            cpuPercent = ticks / 100.0 / wall * 100; // USER_HZ is 100 on Linux
        }

        void printMemory() {
            if (pid < 0) {
                System.out.println("server memory: not measured (give --pid PID)");
                return;
            }
            System.out.printf(Locale.ROOT, "server: RSS peak %.1f MiB, RSS now %.1f MiB, VmHWM %.1f MiB, CPU %.0f%% of one core in the last run%n",
                    rssPeakKb / 1024.0, statusKb("VmRSS:") / 1024.0, statusKb("VmHWM:") / 1024.0, cpuPercent);
            if (process == null && heapCommitted > 0) {
                System.out.printf(Locale.ROOT, "server heap (jcmd, at the end of each run's keys, highest): used %.1f MiB, committed %.1f MiB%n",
                        heapUsedPeak / 1048576.0, heapCommitted / 1048576.0);
            }
            if (process != null) {
                String jvmArgs = System.getProperty("bench.serverJvmArgs", "");
                System.out.printf(Locale.ROOT, "server heap: used peak %.1f MiB, committed %.1f MiB (server JVM options: %s)%n",
                        heapUsedPeak / 1048576.0, heapCommitted / 1048576.0, jvmArgs.isBlank() ? "defaults" : jvmArgs);
            }
        }

        private long statusKb(String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
            return -1;
        }

        private long cpuTicks() {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (process != null) {
                process.getOutputStream().close();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            }
        }
    }
}

package com.actionpack.tui.ssh;

import com.actionpack.tui.text.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Supplier;

/**
 * {@code actionpack serve}: serves the console over SSH until Ctrl-C. Every option is read as
 * text and checked here, so that a bad value is one line saying what to fix (exit 2), never a
 * usage dump or a stack trace.
 */
@Command(name = "serve",
        description = {"Serve the console over SSH: admins connect with ssh -p PORT HOST.",
                "Sign-in is by public key only; each key in the authorized keys file carries its user's email as comment."})
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    static final int EXIT_BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:2222",
            description = "Address and port to listen on (default: ${DEFAULT-VALUE}).")
    private String listen;

    @Option(names = "--host-key", paramLabel = "FILE",
            description = "Host private key, created (mode 0600) when missing (default: DATA_DIR/ssh_host_key).")
    private Path hostKey;

    @Option(names = "--authorized-keys", paramLabel = "FILE",
            description = "OpenSSH authorized_keys file; each key's comment is the user's email (default: DATA_DIR/authorized_keys).")
    private Path authorizedKeys;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "15m",
            description = "Close sessions idle this long, e.g. 15m, 90s, 2h (default: ${DEFAULT-VALUE}).")
    private String idleTimeout;

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "20",
            description = "Most sessions at once (default: ${DEFAULT-VALUE}).")
    private String maxSessions;

    @Option(names = "--pool-size", paramLabel = "N",
            description = "PostgreSQL only: the most database connections held at once (default: --max-sessions,"
                    + " at most " + MAX_DERIVED_POOL + ", at least 2: an action holds one for milliseconds, a report"
                    + " one while it streams).")
    private String poolSize;

    /** A derived pool stops growing here: sessions are mostly idle, and the server's connections are shared by hosts. */
    static final int MAX_DERIVED_POOL = 10;

    @Option(names = "--export-max-age", paramLabel = "DURATION", defaultValue = "30d",
            description = "Remove files of the SSH users' export folders older than this, e.g. 30d, 12h"
                    + " (default: ${DEFAULT-VALUE}).")
    private String exportMaxAge;

    /**
     * What the server serves.
     *
     * @param console runs each console session
     * @param exports each user's export folder for SFTP and scp, or null to refuse file transfer
     */
    public record Served(ConsoleSessionFactory console, ExportFiles exports) {

        public Served {
            Objects.requireNonNull(console, "console");
        }
    }

    private final java.util.function.IntFunction<Served> factory;
    private final Path dataDirectory;

    /**
     * @param factory       called once, when the server starts: the app opens its database then
     * @param dataDirectory the app's data folder, where the host key and authorized keys are by default
     */
    public ServeCommand(Supplier<Served> factory, Path dataDirectory) {
        this(poolSize -> factory.get(), dataDirectory);
        Objects.requireNonNull(factory, "factory");
    }

    /**
     * @param factory called once, when the server starts, with the PostgreSQL pool size for the
     *        sessions ({@code --pool-size}, else derived from {@code --max-sessions}; #16)
     */
    public ServeCommand(java.util.function.IntFunction<Served> factory, Path dataDirectory) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SshServerOptions options;
        AuthorizedKeysFile keys;
        try {
            options = options();
            keys = AuthorizedKeysFile.load(options.authorizedKeysFile());
        } catch (IllegalArgumentException | AuthorizedKeysFile.KeyFileException e) {
            err.println("actionpack serve: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        Duration maxAge;
        int pool;
        try {
            maxAge = DurationOption.parse("--export-max-age", exportMaxAge);
            pool = poolSize(options.maxSessions());
        } catch (IllegalArgumentException e) {
            err.println("actionpack serve: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        Served served = factory.apply(pool);
        SshConsoleServer server = new SshConsoleServer(options, keys, served.console(), served.exports());
        SshConsoleServer.Started started;
        try {
            started = server.start();
        } catch (IOException e) {
            server.stop();
            err.println("actionpack serve: cannot listen on " + options.listen() + ": " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "export-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        if (served.exports() != null) {
            sweeper.scheduleWithFixedDelay(() -> sweep(served.exports(), maxAge), 0, 1, TimeUnit.HOURS);
        }
        Thread hook = new Thread(() -> {
            sweeper.shutdownNow();
            server.stop();
        }, "ssh-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Action Pack Console SSH server listening on " + started.address());
        out.println("Host key " + started.hostKeyType() + " " + started.hostKeyFingerprint()
                + (started.hostKeyGenerated() ? " (new, saved to " + options.hostKeyFile() + ")" : ""));
        out.println("Authorized keys: " + options.authorizedKeysFile() + " (" + Counted.of(keys.size(), "key") + ")");
        out.println("Idle timeout " + DurationOption.format(options.idleTimeout()) + ", at most "
                + options.maxSessions() + " sessions. Press Ctrl-C to stop.");
        if (served.exports() != null) {
            out.println("Export folders: read-only SFTP and scp; files older than " + DurationOption.format(maxAge)
                    + " are removed.");
        }
        out.flush();
        server.awaitStop();
        return 0;
    }

    private static void sweep(ExportFiles exports, Duration maxAge) {
        try {
            int removed = exports.removeOlderThan(maxAge);
            if (removed > 0) {
                LOG.info("Removed {} export files older than {}", removed, DurationOption.format(maxAge));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Removing old export files failed: {}", e.toString());
        }
    }

    /** {@code --pool-size}, else {@code --max-sessions} capped at {@link #MAX_DERIVED_POOL}, at least 2. */
    int poolSize(int maxSessions) {
        if (poolSize == null) {
            return Math.max(2, Math.min(maxSessions, MAX_DERIVED_POOL));
        }
        int size;
        try {
            size = Integer.parseInt(poolSize.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--pool-size '" + poolSize + "' is not a whole number, e.g. 10");
        }
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("--pool-size must be between 1 and 1000, got " + size);
        }
        return size;
    }

    SshServerOptions options() {
        ListenAddress address = ListenAddress.parse(listen);
        Path data = dataDirectory;
        Path hostKeyFile = hostKey != null ? hostKey : data.resolve("ssh_host_key");
        Path keysFile = authorizedKeys != null ? authorizedKeys : data.resolve("authorized_keys");
        if (!Files.isRegularFile(keysFile)) {
            throw new IllegalArgumentException("authorized keys file " + keysFile + " does not exist: create it"
                    + " with one public key per line and the user's email as comment, or pass --authorized-keys FILE");
        }
        Duration idle = DurationOption.parse("--idle-timeout", idleTimeout);
        int max;
        try {
            max = Integer.parseInt(maxSessions.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-sessions '" + maxSessions + "' is not a whole number, e.g. 20");
        }
        if (max < 1) {
            throw new IllegalArgumentException("--max-sessions must be at least 1, got " + max);
        }
        return new SshServerOptions(address, hostKeyFile, keysFile, idle, max);
    }
}

package com.actionpack.tui.ssh;

import com.actionpack.persistence.db.AppDataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private CommandLine command(Map<String, String> env) {
        Path data = AppDataFolder.resolve(env, dir.resolve("home"));
        CommandLine line = new CommandLine(new ServeCommand(() -> new ServeCommand.Served((terminal, session) -> { }, null), data));
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        return line;
    }

    private Path keys() throws Exception {
        KeyPair ann = TestKeys.ed25519();
        return TestKeys.authorizedKeys(dir.resolve("authorized_keys"), Map.of(ann, "ann@contoso.example"));
    }

    private void assertOneLineError(String expected) {
        String text = err.toString();
        assertTrue(text.startsWith("actionpack serve: "), text);
        assertTrue(text.contains(expected), text);
        assertEquals(1, text.strip().lines().count(), text);
    }

    @Test
    void badListenIsOneLineAndExitTwo() throws Exception {
        int code = command(Map.of()).execute("--listen", "localhost", "--authorized-keys", keys().toString());
        assertEquals(2, code);
        assertOneLineError("has no port");
    }

    @Test
    void missingAuthorizedKeysFileIsOneLineAndExitTwo() {
        int code = command(Map.of()).execute("--authorized-keys", dir.resolve("missing").toString());
        assertEquals(2, code);
        assertOneLineError("does not exist");
    }

    @Test
    @Timeout(30)
    void aPortInUseIsOneLineAndExitTwo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = command(Map.of()).execute("--listen", "127.0.0.1:" + taken.getLocalPort(),
                    "--authorized-keys", keys().toString(), "--host-key", dir.resolve("hk").toString());
            assertEquals(2, code);
            assertOneLineError("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void defaultFilesAreUnderTheXdgDataDirectory() {
        int code = command(Map.of("XDG_DATA_HOME", dir.resolve("xdg").toString())).execute();
        assertEquals(2, code);
        assertOneLineError(dir.resolve("xdg/actionpack/authorized_keys").toString());
    }

    @Test
    void withoutOptionsTheKeysAreInTheDataDirectory() {
        int code = command(Map.of()).execute();
        assertEquals(2, code);
        assertOneLineError(dir.resolve("home/.local/share/actionpack/authorized_keys").toString());
    }

    @Test
    void badIdleTimeoutAndMaxSessionsAreOneLine() throws Exception {
        assertEquals(2, command(Map.of()).execute("--authorized-keys", keys().toString(), "--idle-timeout", "soon"));
        assertOneLineError("--idle-timeout 'soon'");
        err.getBuffer().setLength(0);
        assertEquals(2, command(Map.of()).execute("--authorized-keys", keys().toString(), "--max-sessions", "0"));
        assertOneLineError("--max-sessions must be at least 1");
    }

    @Test
    void optionsAreReadIntoServerOptions() throws Exception {
        ServeCommand serve = new ServeCommand(() -> new ServeCommand.Served((terminal, session) -> { }, null), dir);
        new CommandLine(serve).parseArgs("--listen", "0.0.0.0:2200", "--authorized-keys", keys().toString(),
                "--host-key", dir.resolve("hk").toString(), "--idle-timeout", "90s", "--max-sessions", "5");
        SshServerOptions options = serve.options();
        assertEquals(new ListenAddress("0.0.0.0", 2200), options.listen());
        assertEquals(dir.resolve("hk"), options.hostKeyFile());
        assertEquals(Duration.ofSeconds(90), options.idleTimeout());
        assertEquals(5, options.maxSessions());
    }

    /** #16: the PostgreSQL pool of serve: --pool-size, else --max-sessions capped at 10, at least 2. */
    @Test
    void poolSizeIsGivenOrDerivedFromTheSessions() throws Exception {
        ServeCommand derived = new ServeCommand(() -> new ServeCommand.Served((terminal, session) -> { }, null), dir);
        new CommandLine(derived).parseArgs("--authorized-keys", keys().toString());
        assertEquals(10, derived.poolSize(20));
        assertEquals(5, derived.poolSize(5));
        assertEquals(2, derived.poolSize(1));
        ServeCommand given = new ServeCommand(() -> new ServeCommand.Served((terminal, session) -> { }, null), dir);
        new CommandLine(given).parseArgs("--authorized-keys", keys().toString(), "--pool-size", "4");
        assertEquals(4, given.poolSize(20));
    }

    @Test
    void aBadPoolSizeIsOneLineAndExitTwoBeforeTheDatabaseOpens() throws Exception {
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        CommandLine line = new CommandLine(new ServeCommand(size -> {
            opened.incrementAndGet();
            return new ServeCommand.Served((terminal, session) -> { }, null);
        }, dir));
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(2, line.execute("--authorized-keys", keys().toString(), "--pool-size", "0"));
        assertOneLineError("--pool-size must be between 1 and 1000");
        assertEquals(0, opened.get());
    }
}

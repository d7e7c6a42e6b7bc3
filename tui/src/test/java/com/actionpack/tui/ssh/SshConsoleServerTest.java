package com.actionpack.tui.ssh;

import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.googlecode.lanterna.TerminalSize;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server for real: sshd's own client connects over loopback to the real console shell
 * (main menu) running on the channel terminal.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshConsoleServerTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String TITLE = "Action Pack Console";
    /** A word of the main menu's list: spaces travel as cursor moves, so match single words. */
    private static final String READY = "Membership";
    private static final String ANN = "ann@contoso.example";

    @TempDir
    Path dir;

    private final KeyPair annKey = TestKeys.ed25519();
    private final KeyPair strangerKey = TestKeys.ed25519();
    private final AtomicReference<SshSession> lastSession = new AtomicReference<>();
    private final BlockingQueue<TerminalSize> resizes = new LinkedBlockingQueue<>();
    private final List<ClientSession> clients = new ArrayList<>();
    private SshConsoleServer server;
    private SshClient client;
    private int port;

    @BeforeEach
    void startClient() {
        client = SshClient.setUpDefaultClient();
        client.start();
    }

    @AfterEach
    void stopAll() throws IOException {
        for (ClientSession session : clients) {
            session.close(true);
        }
        client.stop();
        if (server != null) {
            server.stop();
        }
    }

    private void startServer(int maxSessions) throws IOException {
        startServer(maxSessions, SshServerOptions.DEFAULT_IDLE_TIMEOUT);
    }

    private void startServer(int maxSessions, Duration idleTimeout) throws IOException {
        Path keys = TestKeys.authorizedKeys(dir.resolve("authorized_keys"), Map.of(annKey, ANN));
        SshServerOptions options = SshServerOptions.defaults(dir.resolve("ssh_host_key"), keys)
                .withListen(new ListenAddress("127.0.0.1", 0))
                .withMaxSessions(maxSessions)
                .withIdleTimeout(idleTimeout);
        ConsoleSessionFactory console = ShellSessions.factory(ConsoleSettings.defaults(),
                MainMenuScreen.factory(Map.of()));
        server = new SshConsoleServer(options, AuthorizedKeysFile.load(keys), (terminal, session) -> {
            lastSession.set(session);
            terminal.addResizeListener((t, size) -> resizes.add(size));
            console.run(terminal, session);
        });
        port = server.start().address().port();
    }

    private ClientSession signIn(KeyPair key, String user) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
        clients.add(session);
        session.addPublicKeyIdentity(key);
        session.auth().verify(WAIT);
        return session;
    }

    private static ChannelShell shell(ClientSession session, Capture out, int columns, int rows) throws IOException {
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(columns);
        shell.setPtyLines(rows);
        shell.setOut(out);
        shell.setErr(out);
        return shell;
    }

    private static void type(ClientChannel channel, String keys) throws IOException {
        OutputStream in = channel.getInvertedIn();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private void awaitNoSessions() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while ((server.activeSessions() > 0 || consoleThreads() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** True when an SGR sequence (ESC [ ... m) sets a foreground or background colour. */
    private static boolean hasColour(String text) {
        Matcher sgr = Pattern.compile("\u001b\\[([0-9;]*)m").matcher(text);
        while (sgr.find()) {
            for (String param : sgr.group(1).split(";")) {
                if (param.matches("3[0-8]|4[0-8]|9[0-7]|10[0-7]")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long consoleThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> (t.getName().startsWith("ssh-console-") || t.getName().startsWith("ssh-input-")) && t.isAlive())
                .count();
    }

    @Test
    @DisplayName("A known key signs in and sees the console's title and main menu, as its user (R21 identity)")
    void knownKeySeesConsole() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.open().verify(WAIT);

        assertTrue(out.await(TITLE, WAIT), () -> "no title in: " + out.text());
        assertTrue(out.await(READY, WAIT), out::text);
        SshIdentity who = lastSession.get().who();
        assertEquals(ANN, who.email());
        assertEquals("admin", who.username());
        assertTrue(who.keyFingerprint().startsWith("SHA256:"), who.keyFingerprint());
        assertTrue(who.remoteAddress().startsWith("127.0.0.1:"), who.remoteAddress());
        assertEquals("xterm-256color", lastSession.get().term());
        assertFalse(lastSession.get().monochrome());
        assertEquals(1, server.activeSessions());
    }

    @Test
    void unknownKeyIsRefused() throws Exception {
        startServer(20);
        assertThrows(SshException.class, () -> signIn(strangerKey, "admin"));
        assertEquals(0, server.activeSessions());
    }

    @Test
    void enterFromTheClientOpensTheSelectedWorkspace() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.open().verify(WAIT);
        assertTrue(out.await(READY, WAIT), out::text);

        int mark = out.length();
        type(shell, "\r"); // what a PTY client sends for Enter
        // The first workspace's placeholder screen opens: "Membership is coming: ...".
        assertTrue(out.awaitSince(mark, "coming:", WAIT), () -> out.textSince(mark));
    }

    @Test
    void windowChangeResizesTheSessionsScreen() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.open().verify(WAIT);
        assertTrue(out.await(READY, WAIT), out::text);
        assertFalse(out.text().contains("\u001b[30;"), "nothing drawn on row 30 of a 24-row terminal");

        int mark = out.length();
        shell.sendWindowChange(100, 30);

        // The first size the session saw is the PTY's; then the window change.
        assertEquals(new TerminalSize(80, 24), resizes.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(new TerminalSize(100, 30), resizes.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        // The screen redraws at the new size: the footer moves to row 30.
        assertTrue(out.awaitSince(mark, "\u001b[30;", WAIT), () -> "no redraw on row 30: " + out.textSince(mark));
    }

    @Test
    void quittingTheConsoleEndsTheChannelWithStatusZero() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.open().verify(WAIT);
        assertTrue(out.await(READY, WAIT), out::text);

        type(shell, "q");
        shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        assertEquals(0, shell.getExitStatus());
        awaitNoSessions();
        assertEquals(0, server.activeSessions());
    }

    @Test
    void closingTheClientEndsTheSessionThread() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ClientSession session = signIn(annKey, "admin");
        ChannelShell shell = shell(session, out, 80, 24);
        shell.open().verify(WAIT);
        assertTrue(out.await(TITLE, WAIT), out::text);
        assertEquals(1, server.activeSessions());
        assertEquals(1, consoleThreads(), "one thread per session: sshd pushes its input");

        session.close(true);

        awaitNoSessions();
        assertEquals(0, server.activeSessions());
        assertEquals(0, consoleThreads(), "session thread still alive after the client left");
    }

    @Test
    void execIsRefused() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ClientChannel exec = signIn(annKey, "admin").createExecChannel("cat /etc/passwd");
        exec.setOut(out);
        exec.setErr(out);
        try {
            exec.open().verify(WAIT);
        } catch (SshException refusedOutright) {
            return;
        }
        var events = exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        assertTrue(events.contains(ClientChannelEvent.CLOSED), events::toString);
        assertEquals(Integer.valueOf(1), exec.getExitStatus());
        assertTrue(out.text().contains("Only the console is served here"), out::text);
        assertFalse(out.text().contains("root:"), out::text);
        assertEquals(0, server.activeSessions());
    }

    @Test
    void sftpIsRefused() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ClientChannel sftp = signIn(annKey, "admin").createSubsystemChannel("sftp");
        sftp.setOut(out);
        sftp.setErr(out);
        try {
            sftp.open().verify(WAIT);
        } catch (SshException refusedOutright) {
            return;
        }
        var events = sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        assertTrue(events.contains(ClientChannelEvent.CLOSED), events::toString);
        assertNotEquals(Integer.valueOf(0), sftp.getExitStatus());
        assertEquals(0, server.activeSessions());
    }

    @Test
    void shellWithoutPtyGetsOneLineAndCloses() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.setUsePty(false);
        shell.open().verify(WAIT);
        shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        assertEquals(Integer.valueOf(1), shell.getExitStatus());
        assertTrue(out.text().contains("needs a terminal"), out::text);
        assertFalse(out.text().contains("\u001b"), "no screen drawn: " + out.text());
    }

    @Test
    void localPortForwardingIsRefused() throws Exception {
        startServer(20);
        ClientSession session = signIn(annKey, "admin");
        assertThrows(Exception.class, () -> session.createDirectTcpipChannel(
                new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", 0),
                new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", port)).open().verify(WAIT));
    }

    @Test
    void maxSessionsIsEnforced() throws Exception {
        startServer(2);
        for (int i = 0; i < 2; i++) {
            Capture out = new Capture();
            shell(signIn(annKey, "admin"), out, 80, 24).open().verify(WAIT);
            assertTrue(out.await(TITLE, WAIT), out::text);
        }
        Capture third = new Capture();
        ChannelShell refused = shell(signIn(annKey, "admin"), third, 80, 24);
        refused.open().verify(WAIT);
        refused.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        assertTrue(third.text().contains("Too many sessions: at most 2"), third::text);
        assertFalse(third.text().contains(TITLE), third::text);
        assertEquals(Integer.valueOf(1), refused.getExitStatus());
        assertEquals(2, server.activeSessions());
    }

    @Test
    void connectionsThatNeverSignInAreCapped() throws Exception {
        startServer(2);
        int limit = SshConsoleServer.connectionLimit(2);
        for (int i = 0; i < limit; i++) {
            clients.add(client.connect("idle", "127.0.0.1", port).verify(WAIT).getSession());
        }
        assertThrows(Exception.class, () -> signIn(annKey, "admin"));
        clients.remove(0).close(true);
        long deadline = System.nanoTime() + WAIT.toNanos();
        ClientSession again = null;
        while (again == null && System.nanoTime() < deadline) {
            try {
                again = signIn(annKey, "admin"); // room again once one left
            } catch (Exception stillFull) {
                Thread.sleep(50);
            }
        }
        assertTrue(again != null && again.isAuthenticated());
    }

    @Test
    void anIdleSessionIsClosedAndItsThreadEnds() throws Exception {
        startServer(20, Duration.ofSeconds(1));
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.open().verify(WAIT);
        assertTrue(out.await(TITLE, WAIT), out::text);

        var events = shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        assertTrue(events.contains(ClientChannelEvent.CLOSED), events::toString);
        awaitNoSessions();
        assertEquals(0, server.activeSessions());
        assertEquals(0, consoleThreads());

        // The client's last bytes give its terminal back (colours reset, cursor shown, alternate
        // screen left), then say why; the channel ends with status 0, not a protocol error.
        String text = out.text();
        int restore = text.lastIndexOf("\u001b[?1049l");
        assertTrue(restore > 0 && text.lastIndexOf("\u001b[?25h") < restore && text.lastIndexOf("\u001b[?25h") > 0,
                () -> "no terminal restore at the end: " + text.substring(Math.max(0, text.length() - 80)));
        assertEquals("\r\nClosed after 1 second idle.\r\n", text.substring(restore + "\u001b[?1049l".length()));
        assertEquals(Integer.valueOf(0), shell.getExitStatus());
    }

    @Test
    void inputKeepsASessionOpenPastTheIdleTimeout() throws Exception {
        Duration timeout = Duration.ofSeconds(2);
        startServer(20, timeout);
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.open().verify(WAIT);
        assertTrue(out.await(TITLE, WAIT), out::text);
        // A key every 200 ms for more than twice the timeout. On a machine so loaded that this
        // thread stalls for half the timeout between two keys, the session may rightly end as
        // idle: such a run proves nothing either way and is skipped, never failed by a sleep.
        long start = System.nanoTime();
        long lastKey = start;
        long longestGap = 0;
        while (System.nanoTime() - start < 2 * timeout.toNanos() + 500_000_000L && shell.isOpen()) {
            Thread.sleep(200);
            long now = System.nanoTime();
            longestGap = Math.max(longestGap, now - lastKey);
            type(shell, "\u001b[B"); // Down: the session is in use
            lastKey = now;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(longestGap < timeout.toNanos() / 2,
                "this thread stalled " + longestGap / 1_000_000 + " ms between two keys");
        assertTrue(shell.isOpen() && !out.text().contains("idle."), "closed while in use");
    }

    @Test
    void theVersionBannerNamesNoLibrary() throws Exception {
        startServer(20);
        ClientSession session = signIn(annKey, "admin");
        String banner = session.getServerVersion();
        assertEquals("SSH-2.0-ActionPackConsole", banner);
        assertFalse(banner.toLowerCase(java.util.Locale.ROOT).contains("sshd"), banner);
    }

    @Test
    void noColorFromTheClientMeansNoColourOnTheWire() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.setEnv("NO_COLOR", "1");
        shell.open().verify(WAIT);
        assertTrue(out.await(READY, WAIT), out::text);
        assertTrue(lastSession.get().monochrome());
        assertFalse(hasColour(out.text()), "a colour sequence was sent");
    }

    @Test
    void colourIsSentByDefault() throws Exception {
        startServer(20);
        Capture out = new Capture();
        shell(signIn(annKey, "admin"), out, 80, 24).open().verify(WAIT);
        assertTrue(out.await(READY, WAIT), out::text);
        // The same pattern as above finds the title bar's colours: that test can fail.
        assertTrue(hasColour(out.text()), "no colour sequence at all");
    }

    @Test
    void stopEndsEverySessionAndClosesConnections() throws Exception {
        startServer(20);
        Capture out = new Capture();
        ChannelShell shell = shell(signIn(annKey, "admin"), out, 80, 24);
        shell.open().verify(WAIT);
        assertTrue(out.await(TITLE, WAIT), out::text);

        server.stop();

        // stop() waits a few seconds for the sessions' threads; a loaded machine may need longer.
        awaitNoSessions();
        assertEquals(0, server.activeSessions());
        assertEquals(0, consoleThreads());
        shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        assertTrue(shell.isClosed());
        assertThrows(Exception.class, () -> client.connect("admin", "127.0.0.1", port).verify(Duration.ofSeconds(5)));
    }

    @Test
    void hostKeyIsKeptAcrossRestarts() throws Exception {
        startServer(20);
        Path hostKey = dir.resolve("ssh_host_key");
        String first = Files.readString(hostKey);
        server.stop();
        startServer(20);
        assertEquals(first, Files.readString(hostKey));
    }
}

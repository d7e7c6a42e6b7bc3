package com.actionpack.tui.app;

import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.ssh.AuthorizedKeysFile;
import com.actionpack.tui.ssh.Capture;
import com.actionpack.tui.ssh.ListenAddress;
import com.actionpack.tui.ssh.SshConsoleServer;
import com.actionpack.tui.ssh.SshServerOptions;
import com.actionpack.tui.ssh.TestKeys;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over a real {@code serve} on loopback, with sshd's client: every file an SSH session writes
 * lands in {@code <data dir>/exports/<PartnerID>/<email>/}, and every typed path that would
 * reach outside it is refused with one line while nothing is written anywhere.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SshExportFolderTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DOWN = "\u001b[B";
    private static final String CTRL_U = "\u0015";

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private final KeyPair graceKey = TestKeys.ed25519();
    private AppComponent app;
    private DemoData.DemoAccount demo;
    private SshConsoleServer server;
    private SshClient client;
    private ClientSession session;
    private int port;

    @BeforeEach
    void serveTheRealApp() throws IOException {
        AppConfig config = AppConfig.from(new CliOptions(Optional.of(dir.resolve("actionpack.db").toString()),
                Optional.of(dir.resolve("plugins")), Optional.empty(), Optional.empty()),
                new DataDirectory(dir), Map.of());
        app = AppComponent.create(config);
        demo = new DemoData(app.database()).create();
        Path keys = TestKeys.authorizedKeys(dir.resolve("authorized_keys"), Map.of(graceKey, DemoData.DEMO_ADMIN));
        SshServerOptions options = SshServerOptions.defaults(dir.resolve("ssh_host_key"), keys)
                .withListen(new ListenAddress("127.0.0.1", 0));
        server = new SshConsoleServer(options, AuthorizedKeysFile.load(keys), SshConsoles.of(app));
        port = server.start().address().port();
        client = SshClient.setUpDefaultClient();
        client.start();
    }

    @AfterEach
    void stopAll() throws IOException {
        if (session != null) {
            session.close(true);
        }
        client.stop();
        server.stop();
    }

    private ChannelShell console(Capture out) throws IOException {
        session = client.connect("grace", "127.0.0.1", port).verify(WAIT).getSession();
        session.addPublicKeyIdentity(graceKey);
        session.auth().verify(WAIT);
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(80);
        shell.setPtyLines(24);
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(WAIT);
        return shell;
    }

    private static void typeAndAwait(ChannelShell shell, Capture out, String keys, String wanted) throws Exception {
        OutputStream in = shell.getInvertedIn();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
        assertTrue(out.awaitScreen(wanted, WAIT), () -> "after " + keys.replace("\t", "<Tab>").replace("\r", "<Enter>")
                .replace("\u001b", "<Esc>") + " no '" + wanted + "' on:\n" + out.screen(80, 24));
    }

    /**
     * Every path under {@code root}, so that a test sees any file written anywhere; SQLite's
     * own WAL and shared-memory files, which come and go with connections, left out.
     */
    private static TreeSet<String> listing(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(p -> root.relativize(p).toString())
                    .filter(name -> !name.endsWith(".db-wal") && !name.endsWith(".db-shm")).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    @DisplayName("An SSH session's invoice download and report land in its export folder; typed paths, '..',"
            + " folders, a link out and the database's own path are each refused with one line, nothing written")
    void sessionFilesStayInTheUsersExportFolder() throws Exception {
        Path folder = dir.resolve("exports").resolve(demo.partnerId()).resolve(DemoData.DEMO_ADMIN);
        String invoiceFile = demo.invoiceNumber() + ".txt";
        Capture out = new Capture();
        ChannelShell shell = console(out);
        assertTrue(out.awaitScreen("Choose a workspace", WAIT), () -> out.screen(80, 24));

        typeAndAwait(shell, out, DOWN + "\r", demo.invoiceNumber());             // Bills and payments
        typeAndAwait(shell, out, "\td", "Save the document as (a file name):");
        assertTrue(out.screen(80, 24).contains(invoiceFile), () -> out.screen(80, 24));
        typeAndAwait(shell, out, "\r", "scp -P " + port + " 127.0.0.1:" + invoiceFile + " .");
        assertTrue(Files.readString(folder.resolve(invoiceFile)).contains(demo.invoiceNumber()));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder)));
        typeAndAwait(shell, out, "\r", "Saved " + invoiceFile);                   // OK closes the dialog

        // A link in the folder that leads out of it.
        Files.createSymbolicLink(folder.resolve("escape.txt"), outside.resolve("escape.txt"));
        TreeSet<String> dataBefore = listing(dir);
        TreeSet<String> outsideBefore = listing(outside);
        Path database = app.database().file();
        List<List<String>> refused = List.of(
                List.of("/etc/x", "No folders here"),
                List.of("../../x", "No folders here"),
                List.of("a/b", "No folders here"),
                List.of("..", "Letters, digits, . - _ + only"),
                List.of("~", "Letters, digits, . - _ + only"),
                List.of("NUL.txt", "'NUL' is a device name"),
                List.of("escape.txt", "'escape.txt' is a link; links are not followed"),
                List.of(database.toString(), "No folders here"));
        for (List<String> attempt : refused) {
            int mark = out.length();
            typeAndAwait(shell, out, "d", "Save the document as (a file name):");
            typeAndAwait(shell, out, CTRL_U + attempt.get(0) + "\r", attempt.get(1));
            // The prompt stays open with the reason, whole, under what was typed (issue 12).
            String screen = out.screen(80, 24);
            String flat = screen.replaceAll("[\\s│]+", " ");
            assertTrue(!flat.contains("\u2026") && (flat.contains("type a file name only, e.g. report.csv.")
                    || attempt.get(0).equals("escape.txt")), () -> "the whole reason: " + screen);
            assertTrue(screen.contains("Save the document as (a file name):"), () -> "still open: " + screen);
            typeAndAwait(shell, out, "\u001b", "Download invoice");               // Esc closes the prompt
        }
        assertEquals(dataBefore, listing(dir), "nothing written in the data folder");
        assertEquals(outsideBefore, listing(outside), "nothing written through the link");
        assertTrue(Files.size(database) > 0 && Files.readString(folder.resolve(invoiceFile)).contains("USD"));

        // Asked before replacing; "Keep it" keeps the file as it was.
        Files.writeString(folder.resolve(invoiceFile), "mine");
        typeAndAwait(shell, out, "d", "Save the document as (a file name):");
        typeAndAwait(shell, out, "\r", invoiceFile + " exists. Replace it");
        typeAndAwait(shell, out, "\r", "was kept as it was");                   // "Keep it" is focused first
        assertEquals("mine", Files.readString(folder.resolve(invoiceFile)));

        // Reports: the File field takes a name, the report lands in the same folder.
        typeAndAwait(shell, out, "\u001b", "Choose a workspace");
        typeAndAwait(shell, out, DOWN.repeat(5) + "\r", "Report types");
        typeAndAwait(shell, out, "\r", "Report invoices");
        assertTrue(out.screen(80, 24).contains("A file name only"), () -> out.screen(80, 24));
        // Account is fixed for a partner (R4): From, To, Status, then File.
        typeAndAwait(shell, out, "\t\t\t" + CTRL_U + "../escape.csv\t\r", "No folders here");
        typeAndAwait(shell, out, CTRL_U + "all-invoices.csv\t\r",               // the cursor is on File, refused
                "Fetch it with: scp -P " + port + " 127.0.0.1:all-invoices.csv .");
        assertTrue(Files.readString(folder.resolve("all-invoices.csv")).contains(demo.invoiceNumber()));
        TreeSet<String> expected = new TreeSet<>(dataBefore);
        expected.add(dir.relativize(folder.resolve("all-invoices.csv")).toString());
        assertEquals(expected, listing(dir), "only the report was added");
    }
}

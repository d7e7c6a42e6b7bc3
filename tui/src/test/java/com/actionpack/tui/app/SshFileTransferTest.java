package com.actionpack.tui.app;

import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.usecase.audit.RecordFileTransfer;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.files.ExportFolders;
import com.actionpack.tui.ssh.AuthorizedKeysFile;
import com.actionpack.tui.ssh.ListenAddress;
import com.actionpack.tui.ssh.SshConsoleServer;
import com.actionpack.tui.ssh.SshServerOptions;
import com.actionpack.tui.ssh.TestKeys;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.scp.client.ScpClient;
import org.apache.sshd.scp.client.ScpClientCreator;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sshd's own SFTP and scp clients against the real app's {@code serve} on loopback: each key
 * sees its user's export folder and nothing else, read-only; fetches are audited (R21).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SshFileTransferTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final KeyPair graceKey = TestKeys.ed25519();
    private AppComponent app;
    private DemoData.DemoAccount demo;
    private SshConsoleServer server;
    private SshClient client;
    private ClientSession session;
    private Path mine;
    private Path theirs;

    @BeforeEach
    void serve() throws IOException {
        AppConfig config = AppConfig.from(new CliOptions(Optional.of(dir.resolve("actionpack.db")),
                Optional.of(dir.resolve("plugins")), Optional.empty(), Optional.empty()),
                new DataDirectory(dir), Map.of());
        app = AppComponent.create(config);
        demo = new DemoData(app.database()).create();
        ExportFolders folders = ExportFolders.under(dir);
        mine = folders.ensure(folders.folderOf(demo.partnerId(), DemoData.DEMO_ADMIN));
        theirs = folders.ensure(folders.folderOf(demo.partnerId(), "reader@contoso-demo.example"));
        Files.writeString(mine.resolve("invoices.csv"), "number,total\nINV-00000001,475.00\n");
        Files.writeString(theirs.resolve("secret.csv"), "not yours\n");
        Files.createSymbolicLink(mine.resolve("db-link"), dir.resolve("actionpack.db"));

        Path keys = TestKeys.authorizedKeys(dir.resolve("authorized_keys"), Map.of(graceKey, DemoData.DEMO_ADMIN));
        SshServerOptions options = SshServerOptions.defaults(dir.resolve("ssh_host_key"), keys)
                .withListen(new ListenAddress("127.0.0.1", 0));
        server = new SshConsoleServer(options, AuthorizedKeysFile.load(keys), SshConsoles.of(app), SshConsoles.exports(app));
        int port = server.start().address().port();
        client = SshClient.setUpDefaultClient();
        client.start();
        session = client.connect("grace", "127.0.0.1", port).verify(WAIT).getSession();
        session.addPublicKeyIdentity(graceKey);
        session.auth().verify(WAIT);
    }

    @AfterEach
    void stop() throws IOException {
        session.close(true);
        client.stop();
        server.stop();
    }

    private static TreeSet<String> listing(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(p -> root.relativize(p).toString())
                    .filter(n -> !n.endsWith(".db-wal") && !n.endsWith(".db-shm"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private List<AuditEntry> fetches() {
        Actor grace = app.core().signIn().signIn(DemoData.DEMO_ADMIN, "test");
        return app.core().audit().page(grace, RecordFileTransfer.FETCHED, PageRequest.first(50)).rows();
    }

    @Test
    @DisplayName("R21: SFTP lists and fetches one's own files; uploads, deletes, renames, folders, links, '..'"
            + " and another user's folder are refused and change nothing")
    void sftpIsReadOnlyAndRooted() throws Exception {
        TreeSet<String> before = listing(dir);
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(mine.resolve("invoices.csv")));
        FileTime modified = Files.getLastModifiedTime(mine.resolve("invoices.csv"));
        try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            List<String> names = new ArrayList<>();
            sftp.readDir(".").forEach(e -> names.add(e.getFilename()));
            assertTrue(names.containsAll(List.of("invoices.csv", "db-link")), names::toString);
            assertFalse(names.contains("secret.csv"), names::toString);
            try (InputStream in = sftp.read("invoices.csv")) {
                assertEquals("number,total\nINV-00000001,475.00\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            // The root is the folder itself: ".." and absolute paths stay inside it.
            List<String> fromAbove = new ArrayList<>();
            sftp.readDir("/../..").forEach(e -> fromAbove.add(e.getFilename()));
            assertFalse(fromAbove.contains("actionpack.db") || fromAbove.contains("exports"), fromAbove::toString);

            List<Executable> refused = List.of(
                    () -> { try (OutputStream out = sftp.write("upload.csv")) { out.write(1); } },
                    () -> { try (OutputStream out = sftp.write("invoices.csv")) { out.write(1); } },
                    () -> sftp.remove("invoices.csv"),
                    () -> sftp.rename("invoices.csv", "renamed.csv"),
                    () -> sftp.mkdir("sub"),
                    () -> sftp.symLink("link", "invoices.csv"),
                    () -> sftp.setStat("invoices.csv", new SftpClient.Attributes().perms(0777)),
                    () -> sftp.setStat("invoices.csv", new SftpClient.Attributes()
                            .modifyTime((int) Instant.parse("2020-01-01T00:00:00Z").getEpochSecond())),
                    () -> { try (InputStream in = sftp.read("db-link")) { in.readAllBytes(); } },
                    () -> { try (InputStream in = sftp.read("../reader@contoso-demo.example/secret.csv")) { in.readAllBytes(); } },
                    () -> { try (InputStream in = sftp.read("/../../actionpack.db")) { in.readAllBytes(); } });
            for (Executable attempt : refused) {
                assertThrows(IOException.class, attempt);
            }
        }
        assertEquals(before, listing(dir), "nothing was written, moved or removed");
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(mine.resolve("invoices.csv"))));
        assertEquals(modified, Files.getLastModifiedTime(mine.resolve("invoices.csv")));
        List<AuditEntry> fetched = fetches();
        assertTrue(fetched.stream().anyMatch(e -> e.subject().equals("file invoices.csv")
                && e.channel().startsWith("ssh:grace@127.0.0.1:")), fetched::toString);
    }

    @Test
    @DisplayName("R21: scp fetches one's own file; an upload, '..' and another user's file are refused")
    void scpIsReadOnlyAndRooted() throws Exception {
        TreeSet<String> before = listing(dir);
        ScpClient scp = ScpClientCreator.instance().createScpClient(session);
        ByteArrayOutputStream fetched = new ByteArrayOutputStream();
        scp.download("invoices.csv", fetched);
        assertArrayEquals(Files.readAllBytes(mine.resolve("invoices.csv")), fetched.toByteArray());

        Path local = Files.writeString(dir.resolve("local.csv"), "mine");
        before.add("local.csv");
        assertThrows(IOException.class, () -> scp.upload(local, "uploaded.csv"));
        assertThrows(IOException.class, () -> scp.download("../reader@contoso-demo.example/secret.csv",
                new ByteArrayOutputStream()));
        assertThrows(IOException.class, () -> scp.download("/../../actionpack.db", new ByteArrayOutputStream()));
        assertEquals(before, listing(dir), "nothing was written");
        assertEquals(1, fetches().stream().filter(e -> e.subject().equals("file invoices.csv")).count());
    }

    @Test
    @DisplayName("Files older than the configured age are removed from every export folder; newer ones stay")
    void oldFilesAreRemoved() throws Exception {
        Files.setLastModifiedTime(theirs.resolve("secret.csv"), FileTime.from(Instant.now().minus(Duration.ofDays(31))));
        assertEquals(1, SshConsoles.exports(app).removeOlderThan(Duration.ofDays(30)));
        assertFalse(Files.exists(theirs.resolve("secret.csv")));
        assertTrue(Files.exists(mine.resolve("invoices.csv")));
        assertTrue(Files.exists(dir.resolve("actionpack.db")), "the link was removed, never followed");
    }
}

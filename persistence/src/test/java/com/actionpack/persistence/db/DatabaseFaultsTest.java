package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.NewAccount;
import com.actionpack.core.CoreServices;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.testing.TestClock;
import com.actionpack.persistence.testing.Files2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Bad files and faults: a one-line message, and the file left as it was. */
class DatabaseFaultsTest {

    private static final TestClock CLOCK = new TestClock(LocalDate.of(2026, 3, 1));

    @TempDir
    Path dir;

    private static DatabaseException refused(Path file, DatabaseOptions options) {
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file, CLOCK, options));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e;
    }

    private static Set<String> tables(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return DSL.using(c).meta().getTables().stream().map(Table::getName).collect(Collectors.toSet());
        }
    }

    private static CoreServices core(Database db) {
        return new CoreServices(db.ports());
    }

    @Test
    void newFileIsCreatedWithItsFoldersAndOwnerOnlyMode() throws Exception {
        Path file = dir.resolve("a/b/c/actionpack.db");
        Database.open(file, CLOCK);
        assertTrue(Files.isRegularFile(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertTrue(tables(file).containsAll(Set.of("accounts", "orders", "invoices", "audit_log", "benefit_catalog")));
        Database.open(file, CLOCK); // opening again migrates nothing and fails nothing
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "name,total\n\"Contoso\",475.00\n".repeat(50), StandardCharsets.UTF_8);
        String before = Files2.sha256(file);
        DatabaseException e = refused(file, DatabaseOptions.defaults());
        assertTrue(e.getMessage().contains("not an Action Pack database"), e.getMessage());
        assertEquals(before, Files2.sha256(file));
    }

    @Test
    void aFolderIsRefused() {
        DatabaseException e = refused(dir, DatabaseOptions.defaults());
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void aSqliteFileOfAnotherProgramIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            DSL.using(c).createTable("their_table").column("x", org.jooq.impl.SQLDataType.INTEGER).execute();
        }
        DatabaseException e = refused(file, DatabaseOptions.defaults());
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertEquals(Set.of("their_table"), tables(file));
    }

    @Test
    void aNewerSchemaIsRefusedAndNothingChanges() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file, CLOCK, DatabaseOptions.defaults().withExtraMigrations("classpath:db/future"));
        String before = Files2.sha256(file);
        long modified = Files.getLastModifiedTime(file).toMillis();

        DatabaseException e = refused(file, DatabaseOptions.defaults());

        assertTrue(e.getMessage().contains("999") && e.getMessage().contains("upgrade actionpack"), e.getMessage());
        assertEquals(before, Files2.sha256(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void aMigrationFailingHalfwayLeavesTheLastGoodVersion() throws Exception {
        Path file = dir.resolve("half.db");
        Database.open(file, CLOCK);
        DatabaseException e = refused(file, DatabaseOptions.defaults().withExtraMigrations("classpath:db/broken"));
        assertTrue(e.getMessage().contains("left at schema version 900"), e.getMessage());
        Set<String> tables = tables(file);
        assertTrue(tables.contains("extra_ok"), tables.toString());
        assertFalse(tables.contains("half_done"), tables.toString());
    }

    @Test
    void aFolderThatCannotBeCreatedIsOneLine() {
        // /proc refuses new folders even to root.
        DatabaseException e = refused(Path.of("/proc/actionpack-test/x/actionpack.db"), DatabaseOptions.defaults());
        assertTrue(e.getMessage().contains("Cannot create the folder"), e.getMessage());
    }

    @Test
    void aReadOnlyFileIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("ro.db");
        Database.open(file, CLOCK);
        String before = Files2.sha256(file);
        // chmod does not stop root; the immutable attribute does. Skipped where chattr is not allowed.
        Assumptions.assumeTrue(Files2.chattr("+i", file), "chattr +i not permitted here");
        try {
            DatabaseException e = refused(file, DatabaseOptions.defaults());
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        } finally {
            Files2.chattr("-i", file);
        }
        assertEquals(before, Files2.sha256(file));
    }

    @Test
    void aReadOnlyFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked-folder"));
        Path file = folder.resolve("ap.db");
        Database.open(file, CLOCK);
        Assumptions.assumeTrue(Files2.chattr("+i", folder), "chattr +i not permitted here");
        try {
            DatabaseException e = refused(file, DatabaseOptions.defaults());
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            DatabaseException create = refused(folder.resolve("new.db"), DatabaseOptions.defaults());
            assertTrue(create.getMessage().contains("not writable"), create.getMessage());
        } finally {
            Files2.chattr("-i", folder);
        }
    }

    @Test
    void aReadOnlyFileByModeIsRefusedForNonRoot() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root ignores file modes");
        Path file = dir.resolve("mode.db");
        Database.open(file, CLOCK);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        DatabaseException e = refused(file, DatabaseOptions.defaults());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }

    @Test
    void lockedBeyondTheBusyTimeoutIsOneLineAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("locked.db");
        Database db = Database.open(file, CLOCK, DatabaseOptions.defaults().withBusyTimeout(Duration.ofMillis(300)));
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try (Connection holder = config.createConnection("jdbc:sqlite:" + file)) {
            holder.setAutoCommit(false); // BEGIN IMMEDIATE: holds the write lock
            long start = System.nanoTime();
            DatabaseException e = assertThrows(DatabaseException.class, () -> core(db).createAccount().create(
                    new NewAccount(CoreFixture.profile("Contoso", "US"), "a@contoso.example", "Ada")));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("locked"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertTrue(waitedMs >= 250, "waited only " + waitedMs + " ms");
            holder.rollback();
            holder.setAutoCommit(true);
        }
        assertEquals(0L, (long) db.transactions().read(() -> db.ports().accounts().count()));
        core(db).createAccount().create(new NewAccount(CoreFixture.profile("Contoso", "US"), "a@contoso.example",
                "Ada"));
        assertEquals(1L, (long) db.transactions().read(() -> db.ports().accounts().count()));
    }
}

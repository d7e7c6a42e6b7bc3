package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.persistence.db.migration.V5__Seal_ledgers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a migration rewritten for speed has the old text's effect, and a database migrated
 * with the old text still opens (and upgrades) with the new one.
 */
class RewrittenMigrationsTest {

    private static final Path SQL = Path.of("src/main/resources/db/migration");
    private static final Path OLD = Path.of("src/test/resources/db/rewritten");

    @TempDir
    Path dir;

    @Test
    void everyRewriteKeepsItsOldTextAndFlywaysChecksums() throws IOException, SQLException {
        for (RewrittenMigrations.Rewrite rewrite : RewrittenMigrations.SQLITE) {
            String name = oldText(rewrite.version()).getFileName().toString();
            assertEquals(rewrite.oldChecksum(), checksumOf(migrated(folderWith(oldText(rewrite.version()), name), "old"),
                    rewrite.version()), name + ": the old text's checksum");
            assertEquals(rewrite.newChecksum(), checksumOf(migrated(SQL, "new"), rewrite.version()),
                    name + ": the new text's checksum");
        }
    }

    @Test
    void aDatabaseMigratedWithTheOldTextOpensAndUpgrades() throws IOException, SQLException {
        for (RewrittenMigrations.Rewrite rewrite : RewrittenMigrations.SQLITE) {
            Path oldText = oldText(rewrite.version());
            // As the database was left before the rewrite: the old text, and V14 not there yet.
            Path before = folderWith(oldText, oldText.getFileName().toString(), "V14__");
            Path file = migrated(before, "upgraded-" + rewrite.version());
            assertEquals(rewrite.oldChecksum(), checksumOf(file, rewrite.version()));
            Database.open(file, Clock.systemUTC());
            assertEquals(rewrite.newChecksum(), checksumOf(file, rewrite.version()));
            assertTrue(new Migrations(file, DatabaseOptions.defaults()).upToDate(), "every migration applied");
        }
    }

    @Test
    void theRewrittenV15RenumbersTermsAsTheOldTextDid() throws IOException, SQLException {
        // Many accounts, each a random history of fresh purchases and renewals in time or late.
        Path oldFile = migratedTo(folderWith(oldText("15"), oldText("15").getFileName().toString()), "old15", "14");
        seedTerms(oldFile, new Random(15));
        Path newFile = dir.resolve("new15.db");
        Files.copy(oldFile, newFile);
        List<String> before = memberships(oldFile);
        migratedTo(folderWith(oldText("15"), oldText("15").getFileName().toString()), "old15", "15");
        migratedTo(SQL, "new15", "15");
        List<String> byOld = memberships(oldFile);
        assertTrue(!byOld.equals(before), "the seeded data gives V15 work to do");
        assertEquals(byOld, memberships(newFile));
    }

    private Path oldText(String version) throws IOException {
        try (Stream<Path> files = Files.list(OLD)) {
            return files.filter(f -> f.getFileName().toString().startsWith("V" + version + "__")).findFirst().orElseThrow();
        }
    }

    /** The app's SQL migrations with {@code name} replaced by {@code text}, leaving out names starting with {@code skip}. */
    private Path folderWith(Path text, String name, String... skip) throws IOException {
        Path folder = Files.createTempDirectory(dir, "migrations");
        // Flattened: db/migration/common (shared with PostgreSQL) is part of db/migration.
        try (Stream<Path> files = Files.walk(SQL)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String n = f.getFileName().toString();
                if (Stream.of(skip).noneMatch(n::startsWith)) {
                    Files.copy(n.equals(name) ? text : f, folder.resolve(n));
                }
            }
        }
        return folder;
    }

    private Path migrated(Path folder, String name) {
        return migratedTo(folder, name, "latest");
    }

    private Path migratedTo(Path folder, String name, String target) {
        Path file = dir.resolve(name + ".db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("filesystem:" + folder.toAbsolutePath())
                .javaMigrations(new V5__Seal_ledgers()).outOfOrder(true).target(target).loggers("slf4j").load().migrate();
        return file;
    }

    private static int checksumOf(Path file, String version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT checksum FROM flyway_schema_history WHERE version = '" + version + "'")) {
            assertTrue(r.next(), "V" + version + " applied");
            return r.getInt(1);
        }
    }

    private static List<String> memberships(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, term, status, closed_on FROM memberships ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getLong(1) + " " + r.getInt(2) + " " + r.getString(3) + " " + r.getString(4));
            }
        }
        return rows;
    }

    /** As the first version wrote them: terms numbered by the account-wide order sequence. */
    private static void seedTerms(Path file, Random random) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long id = 0;
            for (long account = 1; account <= 60; account++) {
                s.execute("INSERT INTO accounts (id, partner_id, legal_name, street, city, country, contact_name,"
                        + " contact_email, verification) VALUES (" + account + ", '" + (4_000_000 + account) + "', 'A"
                        + account + "', '1 Main', 'Springfield', 'US', 'Pat', 'pat" + account + "@x.example', 'VERIFIED')");
                s.execute("INSERT INTO users (id, account_id, email, display_name) VALUES (" + account + ", " + account
                        + ", 'ada" + account + "@x.example', 'Ada')");
                java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365));
                Long previous = null;
                int terms = 1 + random.nextInt(6);
                for (int term = 1; term <= terms; term++) {
                    id++;
                    boolean renewal = previous != null && random.nextInt(4) > 0;
                    String status = term == terms ? "ACTIVE" : renewal || random.nextBoolean() ? "RENEWED" : "EXPIRED";
                    s.execute(UpgradeTermNumbersTest.order(id, account, term, renewal ? "RENEWAL" : "NEW",
                            renewal ? previous : null, start.toString()));
                    s.execute(UpgradeTermNumbersTest.term(id, account, term, start.toString(), status));
                    previous = id;
                    // The next term starts by AD + 30 (in time), up to two months late, or after a lapse.
                    start = start.plusDays(365 + random.nextInt(3) * 30 + random.nextInt(5) - 2);
                }
            }
            c.commit();
        }
    }
}

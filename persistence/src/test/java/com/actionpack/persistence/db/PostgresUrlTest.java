package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** #16: the database is chosen by its location alone; a URL is never a file; no password in a URL. */
class PostgresUrlTest {

    private static final Path HOME = Path.of("/home/ada");

    private static DatabaseTarget target(Map<String, String> env, String option) {
        return new DatabaseLocation(env, HOME).target(Optional.ofNullable(option));
    }

    @Test
    void libpqUriBecomesAJdbcUrlWithTheUserAsAParameter() {
        var pg = assertInstanceOf(DatabaseTarget.PostgresServer.class, target(Map.of(), "postgresql://app@db.example:5433/ap"));
        assertEquals("jdbc:postgresql://db.example:5433/ap?user=app", pg.jdbcUrl());
        assertEquals(Optional.empty(), pg.password());
    }

    @Test
    void jdbcUrlsAndTheShortSchemeAndTheEnvironmentSelectPostgres() {
        assertEquals("jdbc:postgresql://h/ap?sslmode=require",
                ((DatabaseTarget.PostgresServer) target(Map.of(), "jdbc:postgresql://h/ap?sslmode=require")).jdbcUrl());
        assertEquals("jdbc:postgresql://h:5432/ap?connectTimeout=3&user=x",
                ((DatabaseTarget.PostgresServer) target(Map.of(), "postgres://x@h:5432/ap?connectTimeout=3")).jdbcUrl());
        assertInstanceOf(DatabaseTarget.PostgresServer.class, target(Map.of("ACTIONPACK_DB", "postgresql://h/ap"), null));
    }

    @Test
    void pgPasswordIsReadByTheAppBecausePgjdbcDoesNot() {
        var pg = (DatabaseTarget.PostgresServer) target(Map.of("PGPASSWORD", "s3cret"), "postgresql://app@h/ap");
        assertEquals(Optional.of("s3cret"), pg.password());
        assertFalse(pg.toString().contains("s3cret"), "a printed target never shows the password");
    }

    /** Found by a newcomer: pgjdbc's parser fills in the password file's password, which the check took for the URL's. */
    @Test
    void aPasswordFromThePasswordFileOrAServiceIsAcceptedNeverTakenForOneInTheUrl(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path pgpass = java.nio.file.Files.writeString(dir.resolve("pgpass"), "h:5432:ap:app:s3cret\n");
        Path services = java.nio.file.Files.writeString(dir.resolve("pg_service.conf"),
                "[ap]\nhost=h\nport=5432\ndbname=ap\nuser=app\npassword=s3cret\n");
        String oldPass = System.getProperty("org.postgresql.pgpassfile");
        String oldService = System.getProperty("org.postgresql.pgservicefile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        System.setProperty("org.postgresql.pgservicefile", services.toString());
        try {
            var fromFile = assertInstanceOf(DatabaseTarget.PostgresServer.class, target(Map.of(), "postgresql://app@h/ap"));
            assertEquals(Optional.empty(), fromFile.password(), "pgjdbc reads the file itself when it connects");
            var fromService = assertInstanceOf(DatabaseTarget.PostgresServer.class,
                    target(Map.of(), "jdbc:postgresql://?service=ap"));
            assertFalse(fromService.jdbcUrl().contains("s3cret"), fromService.jdbcUrl());
        } finally {
            restore("org.postgresql.pgpassfile", oldPass);
            restore("org.postgresql.pgservicefile", oldService);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://app:s3cret@h/ap", "postgres://app:@h/ap", "postgresql://h/ap?password=s3cret",
            "jdbc:postgresql://h/ap?user=app&password=s3cret"})
    void aPasswordOnTheCommandLineIsRefusedInOneLineSayingWhereItGoes(String url) {
        DatabaseException e = assertThrows(DatabaseException.class, () -> target(Map.of(), url));
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(e.getMessage().startsWith("--db carries a password"), e.getMessage());
        assertTrue(e.getMessage().contains("~/.pgpass"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), "the refusal never repeats the password");
    }

    /** The class of the seen fault: whatever looks like a URL never becomes a file under a folder named "scheme:". */
    @ParameterizedTest
    @ValueSource(strings = {"mysql://h/db", "jdbc:sqlite:/tmp/x.db", "http://example.com/x.db", "file:///tmp/x.db",
            "postgresql:/h/ap", "sqlite:x.db"})
    void otherUrlsAreRefusedNeverTakenForAPath(String url) {
        DatabaseException e = assertThrows(DatabaseException.class, () -> target(Map.of(), url));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aPathThatOnlyContainsAColonLaterStaysAFile() {
        assertEquals(new DatabaseTarget.SqliteFile(Path.of("/tmp/a:b.db")), target(Map.of(), "/tmp/a:b.db"));
        assertEquals(new DatabaseTarget.SqliteFile(Path.of("/home/ada/x.db")), target(Map.of(), "~/x.db"));
        assertInstanceOf(DatabaseTarget.SqliteFile.class, target(Map.of(), "./postgresql:x.db"));
    }

    @Test
    void toolsThatNeedAFileSayItInOneLine() {
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> new DatabaseLocation(Map.of(), HOME).resolve(Optional.of("postgresql://h/ap")));
        assertEquals(1, e.getMessage().lines().count());
    }
}

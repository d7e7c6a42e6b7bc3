package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening an up-to-date database skips Flyway; the shortcut must know the newest migration. */
class MigrationsUpToDateTest {

    @TempDir
    Path dir;

    @Test
    void latestVersionIsTheNewestMigrationFile() throws IOException {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.(sql|java)");
        int newest;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/java/com/actionpack/persistence/db/migration")))) {
            newest = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(newest, Migrations.LATEST_VERSION);
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/java/com/actionpack/persistence/db/migration")))) {
            assertEquals(files.filter(f -> name.matcher(f.getFileName().toString()).matches()).count(),
                    Migrations.MIGRATION_COUNT);
        }
    }

    @Test
    void aDatabaseMissingALowerVersionGetsItOutOfOrder() throws IOException {
        // As a database migrated before a lower version range landed: every migration but V10.
        Path only = dir.resolve("without-v10");
        Files.createDirectories(only);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("V10__"))
                    .toList()) {
                Files.copy(f, only.resolve(f.getFileName()));
            }
        }
        Path file = dir.resolve("gap.db");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("filesystem:" + only).loggers("slf4j").load().migrate();
        Migrations migrations = new Migrations(file, DatabaseOptions.defaults());
        assertFalse(migrations.upToDate(), "newest is V" + Migrations.LATEST_VERSION + " but V10 is missing");
        Database.open(file, Clock.systemUTC());
        assertTrue(migrations.upToDate(), "V10 applied out of order");
    }

    @Test
    void aMigratedFileIsUpToDateAndANewOneIsNot() throws IOException {
        Path file = dir.resolve("a.db");
        Migrations migrations = new Migrations(file, DatabaseOptions.defaults());
        Files.createFile(file);
        assertFalse(migrations.upToDate(), "an empty file has no schema history");
        Database.open(file, Clock.systemUTC());
        assertTrue(migrations.upToDate());
        // And it opens again, through the shortcut, as a working database.
        assertTrue(Database.open(file, Clock.systemUTC()).transactions().read(() -> true));
    }
}

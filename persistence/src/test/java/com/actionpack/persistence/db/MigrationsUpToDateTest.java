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
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/java/com/actionpack/persistence/db/migration")))) {
            newest = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(newest, Migrations.LATEST_VERSION);
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

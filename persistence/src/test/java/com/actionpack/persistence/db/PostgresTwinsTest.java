package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * #16: every SQLite migration has its PostgreSQL twin with the same version and name, so both
 * backends reach the same schema version (and "newer than the app" means the same on both).
 * A new db/migration/V{n}__x.sql needs db/postgresql/V{n}__x.sql (see docs/postgresql.md).
 */
class PostgresTwinsTest {

    private static TreeSet<String> sqlFiles(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db", folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everySqliteMigrationHasAPostgresTwin() throws IOException {
        assertEquals(sqlFiles("migration"), sqlFiles("postgresql"));
    }
}

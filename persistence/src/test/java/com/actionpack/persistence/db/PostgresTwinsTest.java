package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * #16: both backends reach the same schema version by the same migrations (and "newer than the
 * app" means the same on both). A migration whose SQL is the same on both is kept once, in
 * db/migration/common (SQLite scans it as part of db/migration, PostgreSQL names it); one whose
 * SQL differs is a db/migration/V{n}__x.sql with its twin db/postgresql/V{n}__x.sql.
 */
class PostgresTwinsTest {

    private static final Path DB = Path.of("src/main/resources/db");

    private static TreeSet<String> sqlFiles(String folder) throws IOException {
        try (Stream<Path> files = Files.list(DB.resolve(folder))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The statements of a migration: its comments and blank lines left out. */
    private static String statements(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("--"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void everySqliteOnlyMigrationHasAPostgresTwin() throws IOException {
        assertEquals(sqlFiles("migration"), sqlFiles("postgresql"));
    }

    @Test
    void aSharedMigrationHasNoTwin() throws IOException {
        TreeSet<String> shared = sqlFiles("migration/common");
        assertTrue(!shared.isEmpty(), "the shared folder holds the migrations both backends run");
        for (String name : shared) {
            assertTrue(!sqlFiles("migration").contains(name) && !sqlFiles("postgresql").contains(name),
                    name + " is shared and must not also be a twin");
        }
    }

    @Test
    void twinsWithTheSameStatementsAreShared() throws IOException {
        List<String> identical = new ArrayList<>();
        for (String name : sqlFiles("migration")) {
            if (statements(DB.resolve("migration").resolve(name)).equals(statements(DB.resolve("postgresql").resolve(name)))) {
                identical.add(name);
            }
        }
        assertEquals(List.of(), identical, "identical twins belong in db/migration/common");
    }
}

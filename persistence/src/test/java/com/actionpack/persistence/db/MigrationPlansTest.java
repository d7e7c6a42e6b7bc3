package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.actionpack.persistence.db.migration.V5__Seal_ledgers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a migration that changes rows must not scan a whole table once per row it looks at.
 * V15 did twice (orders scanned for every renewed term until V14 indexed what it looks up, and
 * the renumbered chain scanned for every term until it was rewritten as a join): hours on
 * 1,000,000 orders. Each SQL migration's data statements are planned ({@code EXPLAIN QUERY PLAN})
 * on a database migrated to just before that migration, as Flyway would run them, and no
 * correlated subquery may hold a full {@code SCAN}. (Without statistics SQLite plans an empty
 * table as a full one, so an empty database shows the plan a large one gets.)
 */
class MigrationPlansTest {

    private static final Path SQL = Path.of("src/main/resources/db/migration");
    private static final Pattern NAME = Pattern.compile("V(\\d+)__.*\\.sql");
    /** The one Java migration's version ({@link V5__Seal_ledgers}), which sits between SQL ones. */
    private static final int JAVA_MIGRATION = 5;

    @TempDir
    Path dir;

    @Test
    void noMigrationScansATablePerRow() throws IOException, SQLException {
        List<String> faults = new ArrayList<>();
        int planned = 0;
        List<Path> migrations = sqlMigrations();
        // The first one creates the tables: its rows go into empty ones.
        for (int i = 1; i < migrations.size(); i++) {
            Path migration = migrations.get(i);
            Path file = dir.resolve("before-v" + version(migration) + ".db");
            int below = version(migrations.get(i - 1));
            if (version(migration) > JAVA_MIGRATION && below < JAVA_MIGRATION) {
                below = JAVA_MIGRATION;
            }
            // Every migration below this one, as an upgrade runs them.
            Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                    .locations("filesystem:" + SQL.toAbsolutePath())
                    .javaMigrations(new V5__Seal_ledgers())
                    .target(String.valueOf(below))
                    .loggers("slf4j").load().migrate();
            // Then this one, statement by statement, each data statement planned just before it runs
            // (a script may fill a table it has just created).
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement run = connection.createStatement()) {
                for (String statement : statements(Files.readString(migration))) {
                    if (changesRows(statement)) {
                        planned++;
                        List<String> scans = scansPerRow(connection, statement);
                        if (!scans.isEmpty()) {
                            faults.add(migration.getFileName() + ": " + scans + " in: "
                                    + statement.lines().findFirst().orElse(""));
                        }
                    }
                    run.execute(statement);
                }
            }
        }
        assertFalse(planned == 0, "no data statement found: the splitter is broken");
        assertEquals(List.of(), faults);
    }

    @Test
    void thePlanCheckSeesAScanPerRow() throws SQLException {
        // The check itself: V15's first statement without V14's index.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE memberships (id INTEGER PRIMARY KEY, order_id INTEGER UNIQUE, start_date DATE, status TEXT)");
            ddl.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, kind TEXT, renews_membership_id INTEGER)");
            String v15 = "UPDATE memberships SET status = 'EXPIRED' WHERE status = 'RENEWED' AND EXISTS ("
                    + " SELECT 1 FROM orders o JOIN memberships next ON next.order_id = o.id"
                    + " WHERE o.kind = 'RENEWAL' AND o.renews_membership_id = memberships.id)";
            assertEquals(List.of("SCAN o"), scansPerRow(connection, v15));
            ddl.execute("CREATE INDEX orders_renews_membership ON orders (renews_membership_id)");
            assertEquals(List.of(), scansPerRow(connection, v15));
        }
    }

    private static List<Path> sqlMigrations() throws IOException {
        // db/migration/common holds the ones PostgreSQL shares: Flyway scans it as part of db/migration.
        try (Stream<Path> files = Files.walk(SQL)) {
            return files.filter(Files::isRegularFile).filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
    }

    private static int version(Path migration) {
        Matcher name = NAME.matcher(migration.getFileName().toString());
        name.matches();
        return Integer.parseInt(name.group(1));
    }

    private static boolean changesRows(String statement) {
        String head = statement.toUpperCase(Locale.ROOT);
        return head.startsWith("UPDATE") || head.startsWith("DELETE") || head.startsWith("INSERT") || head.startsWith("WITH");
    }

    /** A script's statements, without comments or the closing semicolon; a trigger is one statement. */
    static List<String> statements(String script) {
        String text = script.replaceAll("--[^\\n]*", "");
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : text.split("\\n")) {
            current.append(line).append('\n');
            String trimmed = line.strip().toUpperCase(Locale.ROOT);
            if (current.toString().strip().toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? trimmed.equals("END;") : trimmed.endsWith(";");
            if (ends) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
                inTrigger = false;
            }
        }
        return statements;
    }

    /** The full scans that run once per row of an outer query: SCAN nodes under a CORRELATED one. */
    static List<String> scansPerRow(Connection connection, String statement) throws SQLException {
        Map<Integer, Integer> parents = new HashMap<>();
        Map<Integer, String> details = new HashMap<>();
        try (Statement explain = connection.createStatement();
             ResultSet plan = explain.executeQuery("EXPLAIN QUERY PLAN " + statement)) {
            while (plan.next()) {
                parents.put(plan.getInt(1), plan.getInt(2));
                details.put(plan.getInt(1), plan.getString(4));
            }
        }
        List<String> scans = new ArrayList<>();
        for (Map.Entry<Integer, String> node : details.entrySet()) {
            if (!node.getValue().startsWith("SCAN ") || node.getValue().startsWith("SCAN CONSTANT")) {
                continue;
            }
            for (Integer up = parents.get(node.getKey()); up != null && up != 0; up = parents.get(up)) {
                if (details.getOrDefault(up, "").startsWith("CORRELATED")) {
                    scans.add(node.getValue());
                    break;
                }
            }
        }
        return scans;
    }
}

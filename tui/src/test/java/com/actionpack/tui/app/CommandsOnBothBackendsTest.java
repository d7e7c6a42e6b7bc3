package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.testing.PostgresServer;
import com.actionpack.tui.cli.Cli;
import com.actionpack.tui.cli.StandardOutput;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's commands work the same on either backend (#16): the whole command line as
 * {@code main} builds it, once with a SQLite file and once with a {@code postgresql://} URL of a
 * new empty database (the app migrates it). {@code demo} with bulk data, then every CSV report
 * gives the same bytes on both, and {@code audit verify} the same counts.
 */
class CommandsOnBothBackendsTest {

    @TempDir
    static Path dir;

    private static String sqlite;
    private static String postgres;

    record Result(int code, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        Cli cli = Main.commandLine(data, Map.of("HOME", dir.toString()),
                new LocalTerminal(InputStream.nullInputStream(), new ByteArrayOutputStream(), false),
                error -> "details in " + data.logFile(), new StandardOutput(out, StandardCharsets.UTF_8),
                new PrintWriter(err, true));
        return new Result(cli.execute(args), out.toByteArray(), err.toString());
    }

    @BeforeAll
    static void demoOnBoth() {
        sqlite = dir.resolve("demo.db").toString();
        DatabaseTarget.PostgresServer empty = PostgresServer.freshDatabase("commands");
        // The app's own URL form, as an operator types it (the embedded server trusts local logins).
        postgres = empty.jdbcUrl().replaceFirst("^jdbc:postgresql://([^/]+)/([^?]+)\\?user=(\\w+).*$",
                "postgresql://$3@$1/$2");
        for (String db : new String[] {sqlite, postgres}) {
            Result demo = run("demo", "--db", db, "--accounts", "25", "--invoices", "300");
            assertEquals(0, demo.code(), db + ": " + demo.err() + demo.text());
        }
    }

    @ParameterizedTest(name = "report run {0}")
    @ValueSource(strings = {"invoices", "redemptions", "renewals-due", "benefits-maps", "benefits-laps"})
    @DisplayName("R9 R18 R19 R22: every CSV report gives the same bytes on SQLite and on PostgreSQL")
    void sameReportBytes(String report) {
        // Renewals due within a year and a half, so the demo's terms give rows.
        String[] within = report.equals("renewals-due") ? new String[] {"--within", "550"} : new String[0];
        Result onSqlite = run(concat(new String[] {"report", "run", report, "--out", "-", "--db", sqlite}, within));
        Result onPostgres = run(concat(new String[] {"report", "run", report, "--out", "-", "--db", postgres}, within));
        assertEquals(0, onSqlite.code(), onSqlite.err());
        assertEquals(0, onPostgres.code(), onPostgres.err());
        assertTrue(onSqlite.text().lines().count() > 1, onSqlite.text());
        // The demo ran twice, seconds apart: instants it stamped with the wall clock differ by that.
        assertEquals(masked(onSqlite), masked(onPostgres));
        if (!report.equals("redemptions")) {
            assertArrayEquals(onSqlite.out(), onPostgres.out(), () -> "SQLite:\n" + head(onSqlite) + "\nPostgreSQL:\n"
                    + head(onPostgres));
        }
    }

    private static String masked(Result r) {
        return r.text().replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "INSTANT");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String head(Result r) {
        return r.text().lines().limit(6).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    @DisplayName("R23: audit verify says ok with the same counts on both; operator add works on both")
    void auditAndOperators() {
        Result onSqlite = run("audit", "verify", "--db", sqlite);
        Result onPostgres = run("audit", "verify", "--db", postgres);
        assertEquals(0, onSqlite.code(), onSqlite.err());
        assertEquals(0, onPostgres.code(), onPostgres.err());
        assertTrue(onSqlite.text().startsWith("ok: "), onSqlite.text());
        assertEquals(onSqlite.text(), onPostgres.text());
        for (String db : new String[] {sqlite, postgres}) {
            Result added = run("operator", "add", "night.shift@backoffice.example", "--name", "Night Shift", "--db", db);
            assertEquals(0, added.code(), db + ": " + added.err());
        }
    }
}

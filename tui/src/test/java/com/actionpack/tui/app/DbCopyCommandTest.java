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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code actionpack db copy} (#16) as a user runs it, every command through the real command
 * line: a demo database at modest scale, copied to a real PostgreSQL server; then
 * {@code audit verify} is ok on both (R23) and the CSV report gives the same bytes from both.
 */
class DbCopyCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Cli cli = Main.commandLine(data, Map.of("HOME", dir.toString()),
                new LocalTerminal(InputStream.nullInputStream(), new ByteArrayOutputStream(), false),
                error -> "details in " + data.logFile(), new StandardOutput(out, StandardCharsets.UTF_8),
                new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void aDemoCopiedToPostgresVerifiesAndReportsTheSameCsvBytes() throws Exception {
        Path source = dir.resolve("demo.db");
        Result demo = run("demo", "--db", source.toString(), "--accounts", "30", "--invoices", "400");
        assertEquals(0, demo.code(), demo.err());
        DatabaseTarget.PostgresServer target = PostgresServer.freshDatabase("dbcopycli");

        Result copy = run("db", "copy", "--from", source.toString(), "--to", target.jdbcUrl());
        assertEquals(0, copy.code(), copy.err());
        assertEquals("", copy.err());
        assertTrue(copy.out().startsWith("Copied ") && copy.out().contains("ledgers verified on the copy: ok: 401 invoices"),
                copy.out());

        Result onFile = run("audit", "verify", "--db", source.toString());
        Result onServer = run("audit", "verify", "--db", target.jdbcUrl());
        assertEquals(0, onFile.code(), onFile.err());
        assertEquals(0, onServer.code(), onServer.err());
        // Each run recorded its check in its own database; the chains are the same rows.
        assertEquals(onFile.out(), onServer.out());

        Path fromFile = dir.resolve("file.csv");
        Path fromServer = dir.resolve("server.csv");
        assertEquals(0, run("report", "run", "invoices", "--out", fromFile.toString(), "--db", source.toString()).code());
        Result report = run("report", "run", "invoices", "--out", fromServer.toString(), "--db", target.jdbcUrl());
        assertEquals(0, report.code(), report.err());
        byte[] csv = Files.readAllBytes(fromFile);
        assertTrue(new String(csv, StandardCharsets.UTF_8).lines().count() > 400);
        assertArrayEquals(csv, Files.readAllBytes(fromServer));

        // Copying again into the same, now filled, database is refused in one line (exit 1).
        Result again = run("db", "copy", "--from", source.toString(), "--to", target.jdbcUrl());
        assertEquals(1, again.code(), again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertTrue(again.err().startsWith("actionpack: db copy: ") && again.err().contains("is not empty"), again.err());
    }

    @Test
    void usageMistakesAndUnusableDatabasesHaveTheirExitCodes() {
        Result file = run("db", "copy", "--from", "a.db", "--to", dir.resolve("b.db").toString());
        assertEquals(2, file.code());
        assertTrue(file.err().contains("--to must be a PostgreSQL URL"), file.err());
        Result password = run("db", "copy", "--from", "a.db", "--to", "postgresql://app:secret@localhost/ap");
        assertEquals(2, password.code());
        assertTrue(!password.err().contains("secret") && password.err().contains(".pgpass"), password.err());
        Result missing = run("db", "copy", "--from", dir.resolve("none.db").toString(), "--to",
                PostgresServer.freshDatabase("dbcopymissing").jdbcUrl());
        assertEquals(3, missing.code(), missing.err());
        assertTrue(missing.err().contains("There is no database file at"), missing.err());
        assertTrue(!Files.exists(dir.resolve("none.db")));
    }

    @Test
    void aServerThatIsDownIsOneLineAndExitThree() throws Exception {
        Path source = dir.resolve("small.db");
        assertEquals(0, run("demo", "--db", source.toString()).code());
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Result down = run("db", "copy", "--from", source.toString(), "--to", "postgresql://app@127.0.0.1:" + port + "/ap");
        assertEquals(3, down.code(), down.err());
        assertEquals(1, down.err().strip().lines().count(), down.err());
        assertTrue(down.err().startsWith("actionpack: Cannot reach the PostgreSQL server of"), down.err());
    }
}

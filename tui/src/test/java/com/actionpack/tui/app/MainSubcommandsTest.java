package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.tui.cli.StandardOutput;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the process decides from the raw arguments whether the console may start (and
 * warms the console up only then); the names it looks for are exactly the subcommands.
 */
class MainSubcommandsTest {

    @TempDir
    Path dir;

    @Test
    void theNamesMainLooksForAreTheSubcommands() {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        var cli = Main.commandLine(data, Map.of("HOME", dir.toString()),
                new LocalTerminal(InputStream.nullInputStream(), new ByteArrayOutputStream(), false),
                error -> "details in " + data.logFile(),
                new StandardOutput(new ByteArrayOutputStream(), StandardCharsets.UTF_8),
                new PrintWriter(new StringWriter(), true));
        assertEquals(Main.SUBCOMMANDS, List.copyOf(cli.commandLine().getSubcommands().keySet()));
    }
}

package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ReportData;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code report ...} as the app would, capturing what it prints and the exit code. */
final class CommandHarness implements ReportCommand.Environment {

    private final Path pluginsDir;
    private final ReportData data;
    final ByteArrayOutputStream stdoutBytes = new ByteArrayOutputStream();
    int dataOpened;
    Exception openFailure;

    StringWriter out;
    StringWriter err;

    CommandHarness(Path pluginsDir, ReportData data) {
        this.pluginsDir = pluginsDir;
        this.data = data;
    }

    @Override
    public Path defaultPluginsDir() {
        return pluginsDir;
    }

    @Override
    public ReportData openData() throws Exception {
        dataOpened++;
        if (openFailure != null) {
            throw openFailure;
        }
        return data;
    }

    @Override
    public OutputStream standardOutput() {
        return stdoutBytes;
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = new CommandLine(new ReportCommand(this));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    String err() {
        return err.toString().replace(System.lineSeparator(), "\n");
    }

    String stdoutBytes() {
        return stdoutBytes.toString(StandardCharsets.UTF_8);
    }
}

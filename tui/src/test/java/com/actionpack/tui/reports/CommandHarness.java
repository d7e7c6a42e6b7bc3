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
    /** Today by the app's clock, for {@code --within}. */
    java.time.LocalDate today = java.time.LocalDate.of(2027, 6, 15);
    Exception openFailure;

    private Root root;

    /** The app's root command, reduced to the option "report" inherits from it. */
    @CommandLine.Command(name = "actionpack")
    static final class Root {
        @CommandLine.Option(names = "--plugins", scope = CommandLine.ScopeType.INHERIT)
        Path plugins;
    }

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
    public java.util.Optional<Path> explicitPluginsDir() {
        return java.util.Optional.ofNullable(root == null ? null : root.plugins);
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
    public java.time.LocalDate today() {
        return today;
    }

    @Override
    public OutputStream standardOutput() {
        return stdoutBytes;
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        // As in the app: --plugins belongs to the root command and is inherited by "report".
        root = new Root();
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand(new ReportCommand(this));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "report";
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.execute(full);
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

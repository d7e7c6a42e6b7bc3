package com.actionpack.tui.app;

import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.Cli;
import com.actionpack.tui.cli.StandardOutput;
import com.actionpack.tui.cli.UserError;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build's training run for the class-data archive (AppCDS) that {@code bin/actionpack} starts
 * with: {@code mvn package} runs the fat jar's this class once with
 * {@code -XX:ArchiveClassesAtExit=tui/target/actionpack.jsa} (see tui/pom.xml), so the archive
 * exists before the first console run and no quit ever waits for one to be written.
 *
 * <p>It walks what a start loads, through the same {@link Main#commandLine} a user's start goes
 * through, on a throwaway database in a new folder inside the one given as the only argument: the first-run form
 * on a new database (Flyway's migrations), {@code demo}, the console signed in on that existing
 * database (the main menu) and the sign-in list. Each console draws on an 80x24 virtual terminal
 * and quits with Ctrl-C once its first screen's title is drawn. Exits 1 when a step does not get
 * there: the jar is then broken, and the build says so.
 */
public final class ClassDataTraining {

    private static final long TIME_LIMIT_MS = 300_000;

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ClassDataTraining PARENT_FOLDER (a new folder is made in it for the run)");
            System.exit(2);
        }
        Path work = newFolder(Path.of(args[0]).toAbsolutePath());
        watchdog();
        Warmup.start();
        Map<String, String> environment = Map.of("XDG_DATA_HOME", work.resolve("data").toString(),
                "HOME", work.toString());
        DataDirectory dataDirectory = DataDirectory.resolve(environment, work.toString());
        PrintStream terminalErr = ProcessLogging.install(dataDirectory.logFile()).err();
        NativeLibraryFolder.configure(environment, work.toString());
        Warmup.startDriver();
        StandardOutput standardOutput = new StandardOutput(new FileOutputStream(FileDescriptor.out),
                Charset.defaultCharset());
        PrintWriter err = new PrintWriter(terminalErr, true, Charset.defaultCharset());

        List<Step> steps = List.of(
                new Step("First run", List.of()),
                // demo writes demo.db unless told: fill the database the next steps open.
                new Step(null, List.of("demo", "--db", dataDirectory.defaultDatabase().toString())),
                new Step("Main menu", List.of("--user", DemoData.DEMO_ADMIN)),
                new Step("Sign in", List.of()));
        for (Step step : steps) {
            HeadlessTerminal terminal = new HeadlessTerminal(step.firstScreen());
            int code = Main.commandLine(dataDirectory, environment, terminal,
                    new LogFileErrorLog(dataDirectory.logFile(), Clock.systemUTC()), standardOutput, err)
                    .execute(step.args().toArray(String[]::new));
            if (code != 0 || (step.firstScreen() != null && !terminal.reached())) {
                terminalErr.println(Cli.NAME + ": class-data training: '" + String.join(" ", step.args())
                        + "' exited " + code + " before showing " + step.firstScreen() + " (see " + dataDirectory.logFile() + ")");
                System.exit(1);
            }
        }
        System.out.println("class-data training: " + steps.size() + " steps done");
        delete(work);
        System.exit(0);
    }

    /** A step that never reaches its screen must fail the build, not hang it. */
    private static void watchdog() {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(TIME_LIMIT_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("class-data training: not done after " + TIME_LIMIT_MS / 1000 + " s, stopped");
            Runtime.getRuntime().halt(1);
        }, "training-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private static Path newFolder(Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The throwaway folder, once the run is over; what cannot be deleted stays in target/. */
    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // only tidiness is lost
        }
    }

    private record Step(String firstScreen, List<String> args) {
    }

    /** An 80x24 virtual terminal that presses Ctrl-C, once, when {@code marker} has been drawn. */
    private static final class HeadlessTerminal implements ConsoleTerminal {

        private final String marker;
        private volatile boolean reached;

        HeadlessTerminal(String marker) {
            this.marker = marker;
        }

        boolean reached() {
            return reached;
        }

        @Override
        public void requireInteractive() {
            if (marker == null) {
                throw new UserError("class-data training: this step has no console");
            }
        }

        @Override
        public Terminal open() {
            return new DefaultVirtualTerminal(new TerminalSize(80, 24)) {
                private boolean pressed;

                @Override
                public synchronized KeyStroke pollInput() {
                    if (!reached) {
                        reached = shows(this, marker);
                    }
                    if (reached && !pressed) {
                        pressed = true;
                        return new KeyStroke('c', true, false);
                    }
                    return super.pollInput();
                }
            };
        }

        private static boolean shows(DefaultVirtualTerminal terminal, String text) {
            StringBuilder screen = new StringBuilder();
            for (int row = 0; row < 24; row++) {
                for (int column = 0; column < 80; column++) {
                    screen.append(terminal.getCharacter(column, row).getCharacterString());
                }
                screen.append('\n');
            }
            return screen.indexOf(text) >= 0;
        }
    }
}

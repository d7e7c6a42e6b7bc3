package com.actionpack.tui.app;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.demo.BulkGenerator;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.persistence.db.DatabaseLocation;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actionpack demo}: a demo partner account to explore, and data at scale on request. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Add a demo partner account to explore; --accounts/--invoices add data at scale.",
                "The demo account is verified and enrolled, has a user in every role, a paid order with",
                "its invoice, MAPS chosen and a redemption; the back office has an operator."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "0",
            description = "Generate N more partner accounts (default: none).")
    private int accounts;

    @Option(names = "--invoices", paramLabel = "M", defaultValue = "0",
            description = "Generate M more paid orders with their invoices, spread over the accounts.")
    private int invoices;

    private final Application application;
    private final Supplier<CliOptions> options;

    public DemoCommand(Application application, Supplier<CliOptions> options) {
        this.application = application;
        this.options = options;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (accounts < 0 || invoices < 0 || (invoices > 0 && accounts == 0)) {
            spec.commandLine().getErr().println("actionpack demo: --accounts and --invoices must be positive,"
                    + " and invoices need accounts (e.g. --accounts 1000 --invoices 10000)");
            return 2;
        }
        // The demo goes to its own file unless a database is named: demo users and a demo back
        // office never mix with the user's own data.
        CliOptions given = options.get();
        String fromEnvironment = application.environment().get(DatabaseLocation.ENV_DB);
        boolean named = given.database().isPresent() || (fromEnvironment != null && !fromEnvironment.isBlank());
        if (!named) {
            try {
                // The data directory is a default location: it is created, as for the console.
                java.nio.file.Files.createDirectories(application.dataDirectory().root());
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("actionpack demo: cannot create " + application.dataDirectory().root()
                        + ": " + e.getMessage());
                return 3;
            }
        }
        CliOptions chosen = named ? given : new CliOptions(Optional.of(application.dataDirectory().demoDatabase()),
                given.plugins(), given.asOf(), given.user());
        AppConfig config = application.config(chosen);
        Database database = application.component(chosen).database();
        if (!new DemoData(database).exists()) {
            DemoData.DemoAccount demo = new DemoData(database).create();
            out.println("Demo account " + demo.partnerId() + " created in " + config.database() + ", with users:");
            demo.userEmails().forEach(email -> out.println("  " + email));
            out.println("  " + DemoData.OPERATOR + " (Operator, back office)");
        } else {
            out.println("The demo account is already in " + config.database() + ".");
        }
        out.println("Open it with: " + openCommand(config.database()));
        if (accounts > 0) {
            BulkGenerator.Result made = new BulkGenerator(database, line -> out.println("  " + line))
                    .generate(accounts, invoices);
            out.println("Generated " + made);
        }
        out.flush();
        return 0;
    }

    /**
     * The exact command that opens the demo: the launcher the user ran ({@code bin/actionpack}
     * exports itself as ACTIONPACK_COMMAND), else {@code java -jar} with this jar.
     */
    private String openCommand(java.nio.file.Path database) {
        String launcher = application.environment().getOrDefault("ACTIONPACK_COMMAND", "");
        if (launcher.isBlank()) {
            launcher = "java -jar " + quote(jarPath());
        } else {
            launcher = quote(launcher);
        }
        return launcher + " --db " + quote(database.toString()) + " --user " + DemoData.DEMO_ADMIN;
    }

    private static String jarPath() {
        try {
            return java.nio.file.Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "tui/target/actionpack.jar";
        }
    }

    /** Quoted for a POSIX shell only when needed (spaces, quotes and the like). */
    private static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}

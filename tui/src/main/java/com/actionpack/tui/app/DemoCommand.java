package com.actionpack.tui.app;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.demo.BulkGenerator;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.CliOptions;
import java.io.PrintWriter;
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

    /** Beyond these a demo is a mistake (an extra zero), not a benchmark: refused with one line. */
    static final long MAX_ACCOUNTS = 10_000_000;
    static final long MAX_INVOICES = 100_000_000;
    /** What one generated invoice costs on disk with its order and membership term (measured: ~140 MiB a million), with room for the WAL. */
    static final long BYTES_PER_INVOICE = 400;
    static final long BYTES_PER_ACCOUNT = 600;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (accounts < 0 || invoices < 0 || (invoices > 0 && accounts == 0)) {
            return usage("--accounts and --invoices must be positive, and invoices need accounts"
                    + " (e.g. --accounts 1000 --invoices 10000)");
        }
        if (accounts > MAX_ACCOUNTS || invoices > MAX_INVOICES) {
            return usage(String.format("at most %,d accounts and %,d invoices: a demo that size would take hours and"
                    + " many GB; ask for less", MAX_ACCOUNTS, MAX_INVOICES));
        }
        AppConfig config = application.config(options.get());
        Database database = application.component(options.get()).database();
        long needed = accounts * BYTES_PER_ACCOUNT + invoices * BYTES_PER_INVOICE;
        long free = usableSpace(config.database());
        if (needed > 0 && free >= 0 && needed > free) {
            spec.commandLine().getErr().println(String.format("actionpack: demo: the data needs about %,d MB but the"
                    + " disk holding %s has %,d MB free: ask for less or free some space", needed >> 20,
                    config.database(), free >> 20));
            return com.actionpack.tui.fault.ExitCodes.UNUSABLE;
        }
        if (!new DemoData(database).exists()) {
            DemoData.DemoAccount demo = new DemoData(database).create();
            out.println("Demo account " + demo.partnerId() + " created in " + config.database() + ", with users:");
            demo.userEmails().forEach(email -> out.println("  " + email));
            out.println("  " + DemoData.OPERATOR + " (Operator, back office)");
            out.println("Open it with: actionpack --user " + DemoData.DEMO_ADMIN
                    + (options.get().database().isPresent() ? " --db " + config.database() : ""));
        } else {
            out.println("The demo account is already in " + config.database() + ".");
        }
        out.flush();
        if (accounts > 0) {
            // Progress every few seconds on a terminal; a pipe or cron mail gets the summary only.
            boolean terminal = System.console() != null;
            BulkGenerator.Result made = new BulkGenerator(database, line -> {
                if (terminal) {
                    out.println("  " + line);
                    out.flush();
                }
            }).generate(accounts, invoices);
            out.println(String.format("Generated %,d accounts and %,d invoices in %.1f s", made.accounts(),
                    made.invoices(), made.took().toMillis() / 1000.0));
        }
        out.flush();
        return 0;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("actionpack: demo: " + message);
        spec.commandLine().getErr().flush();
        return com.actionpack.tui.fault.ExitCodes.USAGE;
    }

    private static long usableSpace(java.nio.file.Path database) {
        try {
            java.nio.file.Path folder = database.toAbsolutePath().getParent();
            return java.nio.file.Files.getFileStore(folder).getUsableSpace();
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}

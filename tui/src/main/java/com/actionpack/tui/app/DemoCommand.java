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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (accounts < 0 || invoices < 0 || (invoices > 0 && accounts == 0)) {
            spec.commandLine().getErr().println("actionpack demo: --accounts and --invoices must be positive,"
                    + " and invoices need accounts (e.g. --accounts 1000 --invoices 10000)");
            return 2;
        }
        AppConfig config = application.config(options.get());
        Database database = application.component(options.get()).database();
        if (!new DemoData(database).exists()) {
            DemoData.DemoAccount demo = new DemoData(database).create();
            out.println("Demo account " + demo.partnerId() + " created in " + config.database().shown() + ", with users:");
            demo.userEmails().forEach(email -> out.println("  " + email));
            out.println("  " + DemoData.OPERATOR + " (Operator, back office)");
            out.println("Open it with: actionpack --user " + DemoData.DEMO_ADMIN
                    + (options.get().database().isPresent() ? " --db " + config.database().shown() : ""));
        } else {
            out.println("The demo account is already in " + config.database().shown() + ".");
        }
        if (accounts > 0) {
            BulkGenerator.Result made = new BulkGenerator(database, line -> out.println("  " + line))
                    .generate(accounts, invoices);
            out.println("Generated " + made);
        }
        out.flush();
        return 0;
    }
}

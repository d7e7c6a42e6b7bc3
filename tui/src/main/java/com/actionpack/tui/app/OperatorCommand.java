package com.actionpack.tui.app;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.User;
import com.actionpack.core.usecase.account.AddOperator;
import com.actionpack.core.usecase.account.NewOperator;
import com.actionpack.core.usecase.account.OperatorAppointment;
import com.actionpack.core.usecase.account.OperatorQueries;
import com.actionpack.core.usecase.account.OperatorRemoval;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.text.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code actionpack operator add|remove|list} (R4a): whoever runs the application on its host
 * appoints the back-office operators who record wire payments, decide verifications, process
 * refunds and edit prices. They are users of the installation's back-office account (made on
 * first use), never of a partner account. {@code grant} is the previous version's command,
 * kept for one version.
 */
@Command(name = "operator", mixinStandardHelpOptions = true,
        description = "Back-office operators, appointed from the host (never a partner account's users).")
public final class OperatorCommand {

    @Spec
    private CommandSpec spec;

    private final Application application;
    private final Supplier<CliOptions> options;

    public OperatorCommand(Application application, Supplier<CliOptions> options) {
        this.application = application;
        this.options = options;
    }

    private CoreServices core() {
        return application.component(options.get()).core();
    }

    private static String hostUser() {
        return System.getProperty("user.name", "host");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a back-office operator (the back-office account is made on first use).")
    int add(@Parameters(paramLabel = "EMAIL") String email,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The operator's name.") String name) {
        AddOperator.Result result = core().addOperator().add(new NewOperator(email, name, hostUser()));
        User user = result.operator();
        spec.commandLine().getOut().println(SafeText.line(user.email()) + (result.alreadyOperator() ? " is already an operator."
                : result.created() ? " is an operator (" + SafeText.line(user.displayName()) + ", back office)." : " is an operator again."));
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "The user stops being an operator (the user and the audit trail stay).")
    int remove(@Parameters(paramLabel = "EMAIL") String email) {
        User user = core().removeOperator().remove(new OperatorRemoval(email, hostUser()));
        spec.commandLine().getOut().println(SafeText.line(user.email()) + " is no longer an operator.");
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The operators: email, name, where they belong.")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        List<OperatorQueries.Operator> operators = core().operatorQueries().list();
        if (operators.isEmpty()) {
            out.println("No operators. Add one with: actionpack operator add EMAIL --name NAME");
        }
        for (OperatorQueries.Operator o : operators) {
            out.println(SafeText.line(o.user().email()) + "\t" + SafeText.line(o.user().displayName()) + "\t"
                    + (o.partnerUser() ? "partner account user (from an older version): replace with operator add, then operator remove"
                            : "back office"));
        }
        return 0;
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Replaced by 'operator add EMAIL --name NAME'; kept for this version only.")
    int grant(@Parameters(paramLabel = "EMAIL") String email) {
        spec.commandLine().getErr().println("actionpack: note: 'operator grant' is replaced by"
                + " 'operator add EMAIL --name NAME' and goes in the next version.");
        @SuppressWarnings("deprecation")
        User user = core().appointOperator().appoint(new OperatorAppointment(email, hostUser()));
        spec.commandLine().getOut().println(SafeText.line(user.email()) + " is an operator (back office).");
        return 0;
    }
}

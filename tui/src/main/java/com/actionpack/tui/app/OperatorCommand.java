package com.actionpack.tui.app;

import com.actionpack.core.account.User;
import com.actionpack.core.usecase.account.OperatorAppointment;
import com.actionpack.tui.cli.CliOptions;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code actionpack operator grant EMAIL}: whoever runs the application on its host appoints
 * the back-office operators who record wire payments and decide verifications (R2, R4, R8).
 */
@Command(name = "operator", mixinStandardHelpOptions = true,
        description = "Back-office operators, appointed from the host.")
public final class OperatorCommand {

    @Spec
    private CommandSpec spec;

    private final Application application;
    private final Supplier<CliOptions> options;

    public OperatorCommand(Application application, Supplier<CliOptions> options) {
        this.application = application;
        this.options = options;
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Give a user the Operator role (the user must exist).")
    int grant(@Parameters(paramLabel = "EMAIL") String email) {
        String hostUser = System.getProperty("user.name", "host");
        User user = application.component(options.get()).core().appointOperator()
                .appoint(new OperatorAppointment(email, hostUser));
        spec.commandLine().getOut().println(user.email() + " is an Operator.");
        return 0;
    }
}

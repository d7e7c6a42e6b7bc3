package com.actionpack.tui.reportscreen;

import com.actionpack.tui.form.SafeTextBox;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.files.FileRefused;
import com.actionpack.tui.form.FieldProblems;
import com.actionpack.tui.files.SessionFiles;
import com.actionpack.reports.spi.ReportRequest;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.tui.reports.InstalledReport;
import com.actionpack.tui.reports.RequestBuilder;
import com.actionpack.tui.reports.RunOutcome;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.actionpack.tui.widget.FormState;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.ComboBox;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import com.actionpack.tui.reports.RunSettings;
import com.actionpack.tui.reports.RunsInFlight;

/**
 * The run form of one report type: one field per filter the type declares (in its order, so a
 * plugin's Within or Number filter appears as its Account or Status does), the format when it
 * offers several, and the file to write, prefilled with {@code <home>/<id>-<date>.<format>}.
 * The Account field is what core allows the user (R4): an operator types one or leaves it
 * blank for every account; anyone else sees their own account, fixed. Run checks the input
 * first (a bad date or filter is one error line and nothing is written), asks before replacing
 * an existing file, then runs the report on a background thread with a progress line and a
 * Cancel button. Every message, the outcome included, goes to the console's one message line:
 * the newest replaces the last, never shown twice.
 */
final class RunReportScreen implements ConsoleScreen {

    private static final String ANY_STATUS = "(any)";
    private static final int WIDTH = ReportsScreen.WIDTH;
    private static final int BAR_WIDTH = 30;

    private final ShellContext shell;
    private final InstalledReport report;
    private final Supplier<ReportData> data;
    private final ReportTargets targets;
    private final SessionFiles files;
    private final RowTotals totals;
    private final Supplier<RunSettings> settings;
    private final RunsInFlight runs;
    private final Predicate<String> accountExists;
    private final FormState form = new FormState();
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private final List<Interactable> inputs = new ArrayList<>();
    private final java.util.Optional<String> fixedAccount;
    private final java.time.LocalDate today;
    private final java.util.Map<String, TextBox> typed = new java.util.LinkedHashMap<>();
    private final ComboBox<String> status;
    private final ComboBox<String> format;
    private final TextBox file;
    private final Button runButton;
    private final Button cancelButton;
    private final Label progress = new Label("");
    private String defaultFile;
    private ReportJob job;
    private Path target;
    private OptionalLong total = OptionalLong.empty();

    RunReportScreen(ShellContext shell, InstalledReport report, Supplier<ReportData> data, ReportTargets targets,
                    RowTotals totals, Predicate<String> accountExists, Supplier<RunSettings> settings,
                    RunsInFlight runs) {
        this(shell, report, data, targets, totals, accountExists, settings, runs, settings.get());
    }

    /** @param scope core's answer for this user, read once as the form opens: whose data, which day */
    RunReportScreen(ShellContext shell, InstalledReport report, Supplier<ReportData> data, ReportTargets targets,
                    RowTotals totals, Predicate<String> accountExists, Supplier<RunSettings> settings,
                    RunsInFlight runs, RunSettings scope) {
        this.fixedAccount = scope.accountScope();
        this.today = scope.businessDay();
        this.accountExists = accountExists;
        this.settings = settings;
        this.runs = runs;
        this.shell = shell;
        this.report = report;
        this.data = data;
        this.targets = targets;
        this.files = shell.settings().files().orElseGet(targets::local);
        this.totals = totals;

        panel.addComponent(new Label(Fit.truncate(" " + SafeText.line(report.title()) + "  (" + SafeText.line(report.id())
                + ", plugin " + SafeText.line(report.plugin()) + ")", WIDTH)));
        if (!report.description().isBlank()) {
            panel.addComponent(new Label(Fit.truncate(" " + SafeText.line(report.description()), WIDTH)));
        }
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));

        Panel fields = new Panel(new GridLayout(3));
        GridLayout grid = (GridLayout) fields.getLayoutManager();
        grid.setHorizontalSpacing(2);
        grid.setLeftMarginSize(1);
        ComboBox<String> statusBox = null;
        // One field per declared filter, in the plugin's order: a new filter needs no screen change.
        for (String filter : report.filters()) {
            String label = RequestBuilder.Wording.SCREEN.label(filter);
            switch (filter) {
                case ReportType.ACCOUNT -> {
                    if (fixedAccount.isPresent()) {
                        // Core's scope (R4): not a field, so no other number can be typed.
                        fields.addComponent(new Label(label));
                        fields.addComponent(new Label(SafeText.line(fixedAccount.get())));
                        fields.addComponent(new Label("your account (fixed for your role)"));
                    } else {
                        typed.put(filter, field(fields, label, new SafeTextBox(new TerminalSize(24, 1)),
                                "blank: every account"));
                    }
                }
                case ReportType.FROM -> typed.put(filter, field(fields, label, new SafeTextBox(new TerminalSize(12, 1)),
                        "YYYY-MM-DD, first day included"));
                case ReportType.TO -> typed.put(filter, field(fields, label, new SafeTextBox(new TerminalSize(12, 1)),
                        "YYYY-MM-DD, last day included"));
                case ReportType.WITHIN -> typed.put(filter, field(fields, label, new SafeTextBox(new TerminalSize(12, 1)),
                        "days from " + today + ", e.g. 30"));
                case ReportType.NUMBER -> typed.put(filter, field(fields, label, new SafeTextBox(new TerminalSize(24, 1)),
                        "one document, e.g. INV-00000042"));
                case ReportType.STATUS -> {
                    if (!report.statusChoices().isEmpty()) {
                        List<String> choices = new ArrayList<>();
                        choices.add(ANY_STATUS);
                        report.statusChoices().forEach(s -> choices.add(SafeText.line(s)));
                        statusBox = field(fields, label, new ComboBox<>(choices), "");
                    }
                }
                default -> {
                    // InstalledReport refuses unknown filter names when the plugin loads.
                }
            }
        }
        status = statusBox;
        if (report.formats().size() > 1) {
            format = field(fields, "Format", new ComboBox<>(report.formats()), "");
            format.addListener((selected, previous, byUser) -> formatChanged());
        } else {
            format = null;
        }
        if (report.filters().isEmpty()) {
            fields.addComponent(new Label("This report takes no filters."),
                    GridLayout.createHorizontallyFilledLayoutData(3));
        }
        panel.addComponent(fields);

        defaultFile = files.suggest(targets.defaultName(report, chosenFormat()));
        file = new SafeTextBox(new TerminalSize(WIDTH - 8, 1), defaultFile);
        Panel fileRow = new Panel(new LinearLayout(Direction.HORIZONTAL));
        fileRow.addComponent(new Label(" File"));
        fileRow.addComponent(file);
        inputs.add(file);
        form.track(file);
        panel.addComponent(fileRow);
        panel.addComponent(new Label(Fit.truncate(" " + files.hint(), WIDTH)));

        runButton = new Button("Run report", this::run);
        cancelButton = new Button("Cancel run", this::cancel);
        cancelButton.setEnabled(false);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new EmptySpace(new TerminalSize(0, 1)));
        buttons.addComponent(runButton);
        buttons.addComponent(cancelButton);
        panel.addComponent(buttons);
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        panel.addComponent(progress);
    }

    private <T extends Interactable> T field(Panel fields, String label, T input, String hint) {
        fields.addComponent(new Label(label));
        fields.addComponent(input);
        fields.addComponent(new Label(hint));
        inputs.add(input);
        if (input instanceof TextBox) {
            form.track((TextBox) input);
        } else if (input instanceof ComboBox) {
            form.track((ComboBox<?>) input);
        }
        return input;
    }

    private String chosenFormat() {
        return format == null ? report.formats().get(0) : format.getSelectedItem();
    }

    /** Keeps the default file name's extension in step with the format, unless the user typed a name. */
    private void formatChanged() {
        if (file != null && file.getText().equals(defaultFile)) {
            defaultFile = files.suggest(targets.defaultName(report, chosenFormat()));
            file.setText(defaultFile);
        }
    }

    /** Run: checks the input, asks before replacing a file, then starts the background run. */
    void run() {
        if (job != null) {
            return;
        }
        // Every field by itself first, in form order, so all that are wrong show at once (cursor on the
        // first); then the fields together (From after To, Within beside From/To).
        FieldProblems problems = new FieldProblems();
        TextBox firstTyped = null;
        for (java.util.Map.Entry<String, TextBox> field : typed.entrySet()) {
            String value = field.getValue().getText();
            if (value.isBlank()) {
                continue;
            }
            firstTyped = firstTyped == null ? field.getValue() : firstTyped;
            try {
                FilterInput.only(field.getKey(), value).toRequest(report, accountExists, today);
            } catch (BadInput e) {
                problems.add(field.getValue(), RequestBuilder.Wording.SCREEN.label(field.getKey()), e.getMessage());
            }
        }
        Path target = null;
        try {
            target = files.target(file.getText());
        } catch (FileRefused e) {
            problems.add(file, "File", e.getMessage());
        }
        ReportRequest request = null;
        if (problems.isEmpty()) {
            try {
                request = new FilterInput(accountFilter(), text(ReportType.FROM),
                        text(ReportType.TO), chosenStatus(), chosenFormat(), text(ReportType.NUMBER),
                        text(ReportType.WITHIN)).toRequest(report, accountExists, today);
            } catch (BadInput e) {
                problems.add(firstTyped, "", e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            progress.setText(""); // no earlier run's result beside the new problem
            problems.show(shell, "Run report");
            return;
        }
        Path chosen = target;
        ReportRequest asked = request;
        if (Files.isRegularFile(target)) {
            shell.dialogs().confirmReplace(files.describe(target), "the new report", () -> start(asked, chosen), () -> { });
            return;
        }
        start(asked, chosen);
    }

    private void start(ReportRequest request, Path target) {
        this.target = target;
        shell.notices().clear();
        total = OptionalLong.empty();
        progress.setText(" Starting " + SafeText.line(report.id()) + "...");
        setRunning(true);
        job = ReportJob.start(report, request, data, totals, settings, runs, target, panel.getTextGUI().getGUIThread(),
                new ReportJob.Listener() {
                    @Override
                    public void started(OptionalLong known) {
                        total = known;
                        if (job == null || job.cancelRequested()) {
                            return; // keep "Cancelling..." on screen
                        }
                        progress.setText(" Running: " + ProgressText.of(0, total, BAR_WIDTH));
                    }

                    @Override
                    public void totalAnnounced(long rows) {
                        total = OptionalLong.of(rows);
                    }

                    @Override
                    public void progress(long rows) {
                        if (job != null && !job.cancelRequested()) {
                            progress.setText(" Running: " + ProgressText.of(rows, total, BAR_WIDTH));
                        }
                    }

                    @Override
                    public void finished(RunOutcome result, boolean cancelled) {
                        done(result, cancelled);
                    }
                });
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
            progress.setText(" Cancelling...");
        }
    }

    private void done(RunOutcome result, boolean cancelled) {
        job = null;
        setRunning(false);
        if (cancelled) {
            progress.setText(" Cancelled.");
            shell.notices().info("Report " + report.id() + " cancelled: nothing was written.");
        } else if (result.ok()) {
            progress.setText(" Done: " + ProgressText.of(result.rows(), total, BAR_WIDTH));
            files.written(target);
            String line = result.message().replace(target.toString(), files.describe(target));
            // Over SSH the command that fetches the file is what to do next; the progress line says what was written.
            shell.notices().info(files.fetchCommand(target).map(c -> "Fetch it with: " + c).orElse(line));
            form.markSaved();
        } else {
            showError(result.message());
            progress.setText(" Failed.");
        }
    }

    /** A refused input or a failed run: the one message line, and no earlier run's result beside it. */
    private void showError(String line) {
        if (job == null) {
            progress.setText("");
        }
        shell.notices().error(line);
    }

    private void setRunning(boolean running) {
        if (running) {
            cancelButton.setEnabled(true);
            cancelButton.takeFocus();
        }
        for (Interactable input : inputs) {
            input.setEnabled(!running);
        }
        runButton.setEnabled(!running);
        if (!running) {
            runButton.takeFocus();
            cancelButton.setEnabled(false);
        }
    }

    private String chosenStatus() {
        if (status == null || ANY_STATUS.equals(status.getSelectedItem())) {
            return null;
        }
        // The choices were escaped for display; hand over the report's own value.
        return report.statusChoices().get(status.getSelectedIndex() - 1);
    }

    /**
     * The Account filter of the request: what was typed, or the account a partner role is fixed
     * to when the report declares an Account filter; none when it does not. The scope itself is
     * not a filter: core's scope restricts the data of every run (ScopedReportData), so a report
     * without filters (benefits-laps) runs for a partner admin as on the command line.
     */
    private String accountFilter() {
        if (!report.filters().contains(ReportType.ACCOUNT)) {
            return null;
        }
        return fixedAccount.orElse(text(ReportType.ACCOUNT));
    }

    private String text(String filter) {
        TextBox box = typed.get(filter);
        return box == null ? null : box.getText();
    }

    boolean running() {
        return job != null;
    }

    @Override
    public String title() {
        return "Report " + report.id();
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Tab", "Next field"), KeyHelp.of("Enter", "Run / Cancel"));
    }

    @Override
    public Component component() {
        return panel;
    }

    @Override
    public boolean hasUnsavedInput() {
        return job != null || form.hasUnsavedInput();
    }

    @Override
    public boolean handleKey(KeyStroke key) {
        if (job != null && key.getKeyType() == KeyType.Escape) {
            shell.notices().info("A report is running: choose Cancel run to stop it, or wait for it to finish.");
            return true;
        }
        return false;
    }
}

package com.actionpack.tui.reportscreen;

import com.actionpack.reports.spi.ReportData;
import com.actionpack.tui.reports.InstalledReport;
import com.actionpack.tui.reports.PluginCatalog;
import com.actionpack.tui.reports.PluginLoader;
import com.actionpack.tui.reports.PluginProblem;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.ListSource;
import com.actionpack.tui.widget.PagedList;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LayoutData;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import com.actionpack.tui.reports.RunSettings;
import com.actionpack.tui.reports.RunsInFlight;

/**
 * The Reports workspace: every report type the plugin loader found (id, title, plugin, formats)
 * and, in a list of their own, the plugins it could not load with their one-line reason, so a
 * broken jar is named without hiding the reports that work. Enter on a type opens its run form.
 */
public final class ReportsScreen implements ConsoleScreen {

    public static final String TITLE = "Reports";

    private static final int MAX_TYPE_ROWS = 9;
    private static final int MAX_PROBLEM_ROWS = 4;

    private final ShellContext shell;
    private final PluginCatalog catalog;
    private final Supplier<ReportData> data;
    private final ReportTargets targets;
    private final RowTotals totals;
    private final Supplier<RunSettings> settings;
    private final RunsInFlight runs;
    private final Predicate<String> accountExists;
    private final Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
    private final PagedList<Integer, InstalledReport> types;
    private final PagedList<Integer, PluginProblem> problems;

    /** The id whole, the title, then the plugin and its jar, which give way first; formats last. */
    static final List<Column<InstalledReport>> TYPE_COLUMNS = List.of(
            Column.fit("ID", InstalledReport::id),
            Column.flex("Title", InstalledReport::title),
            Column.fit("Plugin", ReportsScreen::plugin),
            Column.fit("Formats", report -> String.join(",", report.formats())));

    /** A problem's one line, cut with an ellipsis; Enter shows it whole. */
    static final List<Column<PluginProblem>> PROBLEM_COLUMNS = List.of(Column.flex("Problem", PluginProblem::line));

    /** The lists take the width they are given, and as many lines as their rows, header and filter line. */
    private static final LayoutData FILL = LinearLayout.createLayoutData(LinearLayout.Alignment.Fill);

    /**
     * @param catalog the report types found at start-up; this screen never closes it
     * @param data    the app's data, asked for on the run's background thread once per run (so a
     *                slow open never holds the GUI); the screen never closes what it returns. It
     *                decides what the session may export: scope it to the signed-in user if needed
     * @param targets the clock behind the default file name (its folder is the session's files)
     * @param totals  row totals for the progress bar, or {@link RowTotals#UNKNOWN}
     */
    public ReportsScreen(ShellContext shell, PluginCatalog catalog, Supplier<ReportData> data,
                         ReportTargets targets, RowTotals totals) {
        this(shell, catalog, data, targets, totals, account -> true);
    }

    /** @param accountExists whether an account has this id or PartnerID (the Account filter is checked with it) */
    public ReportsScreen(ShellContext shell, PluginCatalog catalog, Supplier<ReportData> data,
                         ReportTargets targets, RowTotals totals, Predicate<String> accountExists) {
        this(shell, catalog, data, targets, totals, accountExists,
                () -> RunSettings.host(java.time.Clock.systemDefaultZone()), RunsInFlight.none());
    }

    /**
     * @param settings the scope and business day of the signed-in session, asked for once per run
     * @param runs     the process's runs in flight, cleaned up if a plugin ends the process
     */
    public ReportsScreen(ShellContext shell, PluginCatalog catalog, Supplier<ReportData> data,
                         ReportTargets targets, RowTotals totals, Predicate<String> accountExists,
                         Supplier<RunSettings> settings, RunsInFlight runs) {
        this.accountExists = Objects.requireNonNull(accountExists, "accountExists");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.data = Objects.requireNonNull(data, "data");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.totals = Objects.requireNonNull(totals, "totals");

        List<InstalledReport> reports = catalog.reports();
        types = new PagedList<>(new ListSource<>(reports, report -> String.join(" ", report.id(), report.title(),
                plugin(report), String.join(",", report.formats()))), TYPE_COLUMNS, " No report types.");
        types.onActivate(this::open);
        types.setPreferredSize(new TerminalSize(1, listHeight(reports.size(), MAX_TYPE_ROWS)));
        types.setLayoutData(FILL);
        panel.addComponent(new Label(reports.isEmpty()
                ? " No report types found: put plugin jars in the plugins folder and restart."
                : " Report types (" + reports.size() + "): Enter opens one to run it into a file."));
        if (!reports.isEmpty()) {
            panel.addComponent(types);
        }

        List<PluginProblem> found = catalog.problems();
        problems = new PagedList<>(new ListSource<>(found, PluginProblem::line), PROBLEM_COLUMNS, " No problems.");
        problems.onActivate(problem -> shell.dialogs().message("Plugin problem", problem.line()));
        problems.setPreferredSize(new TerminalSize(1, listHeight(found.size(), MAX_PROBLEM_ROWS)));
        problems.setLayoutData(FILL);
        if (!found.isEmpty()) {
            panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            panel.addComponent(new Label(" Plugin problems (" + found.size()
                    + "), not loaded; the rest work. Enter shows a whole message."));
            panel.addComponent(problems);
        }
    }

    /** Rows shown (at most {@code most}), the header and the filter's line. */
    private static int listHeight(int rows, int most) {
        return Math.max(1, Math.min(most, rows)) + 2;
    }

    /** Files named by today's date, no row totals. */
    public static ScreenFactory factory(PluginCatalog catalog, Supplier<ReportData> data) {
        return factory(catalog, data, ReportTargets.systemClock(), RowTotals.UNKNOWN);
    }

    public static ScreenFactory factory(PluginCatalog catalog, Supplier<ReportData> data, ReportTargets targets,
                                        RowTotals totals) {
        return shell -> new ReportsScreen(shell, catalog, data, targets, totals);
    }

    /** As above, with the accounts an Account filter is checked against. */
    public static ScreenFactory factory(PluginCatalog catalog, Supplier<ReportData> data, ReportTargets targets,
                                        RowTotals totals, Predicate<String> accountExists) {
        return shell -> new ReportsScreen(shell, catalog, data, targets, totals, accountExists);
    }

    /** The Reports workspace of a signed-in session: its accounts, scope and day, the process's runs. */
    public static ScreenFactory factory(PluginCatalog catalog, Supplier<ReportData> data, ReportTargets targets,
                                        RowTotals totals, Predicate<String> accountExists,
                                        Supplier<RunSettings> settings, RunsInFlight runs) {
        return shell -> new ReportsScreen(shell, catalog, data, targets, totals, accountExists, settings, runs);
    }

    /** The plugin's name, and its jar when it was not on the class path. */
    static String plugin(InstalledReport report) {
        return PluginLoader.CLASS_PATH.equals(report.origin()) ? report.plugin()
                : report.plugin() + " (" + report.origin() + ")";
    }

    /**
     * Opens the run form once core has said whose data this user may report on (R4): its answer
     * fixes the Account field for anyone but an operator; a refusal shows its reasons instead.
     */
    private void open(InstalledReport report) {
        shell.faults().run("Reports", settings::get, scope -> shell.navigator().push(
                new RunReportScreen(shell, report, data, targets, totals, accountExists, settings, runs, scope)));
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return catalog.problems().isEmpty()
                ? List.of(KeyHelp.of("Enter", "Run report"), KeyHelp.of("Up/Down", "Choose"), KeyHelp.of("/", "Filter"))
                : List.of(KeyHelp.of("Enter", "Run report / show problem"), KeyHelp.of("Tab", "Types/Problems"),
                        KeyHelp.of("/", "Filter"));
    }

    @Override
    public Component component() {
        return panel;
    }
}

package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.files.ExportFolder;
import com.actionpack.tui.files.ExportFolders;
import com.actionpack.tui.files.LocalFiles;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every save prompt of a session suggests a file in the same folder, decided in one place
 * ({@code ConsoleSettings.files()}): a local console's {@code $HOME} (not the JVM's
 * {@code user.home}, which can differ), an SSH session's export folder by bare name.
 */
class SaveFoldersTest {

    @TempDir
    Path dir;

    private AppComponent app(Map<String, String> environment) {
        AppComponent app = AppComponent.create(AppConfig.from(new CliOptions(Optional.of(dir.resolve("app.db").toString()),
                Optional.of(dir.resolve("no-plugins")), Optional.empty(), Optional.empty()),
                new DataDirectory(dir.resolve("data")), environment));
        new DemoData(app.database()).create();
        return app;
    }

    /** The text of the focused field (a prompt's, or the run form's File field). */
    private static String fieldText(ConsoleHarness console) {
        return ((TextBox) console.gui().getActiveWindow().getFocusedInteractable()).getText();
    }

    /** What the Bills download prompt and the Reports run form suggest, in that order. */
    private static String[] suggestions(AppComponent app, ConsoleSettings settings) {
        Actor admin = app.core().signIn().signIn(DemoData.DEMO_ADMIN, "test");
        Map<Workspace, com.actionpack.tui.shell.ScreenFactory> screens = app.workspaces().forActor(admin);
        String bills;
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, settings, screens.get(Workspace.BILLS))) {
            console.type("d");
            assertTrue(console.shows("Download INV-"), console.text());
            bills = fieldText(console);
        }
        String reports;
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, settings, screens.get(Workspace.REPORTS))) {
            console.press(KeyType.Enter);
            assertTrue(console.shows("<Run report>"), console.text());
            for (int i = 0; i < 12 && !(console.gui().getActiveWindow().getFocusedInteractable() instanceof TextBox box
                    && box.getText().contains(".csv")); i++) {
                console.press(KeyType.Tab);
            }
            reports = fieldText(console);
        }
        return new String[] {bills, reports};
    }

    @Test
    @DisplayName("A local console: Bills and Reports both suggest a file in $HOME, even where user.home differs")
    void localPromptsSuggestHome() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home of the user"));
        assertNotEquals(home.toString(), System.getProperty("user.home"));
        AppComponent app = app(Map.of("HOME", home.toString()));
        String[] suggested = suggestions(app, app.config().localConsoleSettings());
        assertTrue(suggested[0].matches("\\Q" + home + "/INV-\\E\\d{8}\\.txt"), suggested[0]);
        assertTrue(suggested[1].matches("\\Q" + home + "/invoices-\\E\\d{4}-\\d\\d-\\d\\d\\.csv"), suggested[1]);
    }

    @Test
    @DisplayName("HOME unset or relative: both fall back to the JVM's user.home, still the same folder")
    void withoutHomeTheJvmsHome() {
        assertEquals(Path.of(System.getProperty("user.home")), LocalFiles.forUser(Map.of()).home());
        assertEquals(Path.of(System.getProperty("user.home")), LocalFiles.forUser(Map.of("HOME", "relative/dir")).home());
        assertEquals(Path.of("/home/ada"), LocalFiles.forUser(Map.of("HOME", "/home/ada/")).home());
    }

    @Test
    @DisplayName("An SSH session: both prompts suggest a bare name in its export folder, never a server path")
    void sshPromptsSuggestBareNames() {
        AppComponent app = app(Map.of("HOME", dir.toString()));
        ExportFolders folders = ExportFolders.under(dir.resolve("data"));
        ConsoleSettings settings = new ConsoleSettings(Optional.empty(), Optional.empty(), false,
                new ExportFolder(folders, folders.folderOf("4000002", DemoData.DEMO_ADMIN), "127.0.0.1:2222"));
        String[] suggested = suggestions(app, settings);
        assertTrue(suggested[0].matches("INV-\\d{8}\\.txt"), suggested[0]);
        assertTrue(suggested[1].matches("invoices-\\d{4}-\\d\\d-\\d\\d\\.csv"), suggested[1]);
        assertFalse(suggested[0].contains("/") || suggested[1].contains("/"));
    }
}

package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workspace opened by every role of the demo account (and the back-office operator), on a
 * real migrated SQLite file: no screen ends the session, none shows an unexpected error, and a
 * workspace the role may not read shows the refusal with its reason in place of its content.
 */
class EveryWorkspaceTest {

    @TempDir
    static Path dir;

    private static AppComponent app;
    private static List<String> users;

    @BeforeAll
    static void demoDatabase() {
        app = AppComponent.create(AppConfig.from(new CliOptions(Optional.of(dir.resolve("walk.db").toString()),
                Optional.of(dir), Optional.empty(), Optional.empty()), new DataDirectory(dir), Map.of()));
        DemoData.DemoAccount demo = new DemoData(app.database()).create();
        users = new ArrayList<>(demo.userEmails());
        users.add(DemoData.OPERATOR);
    }

    static Stream<String> roles() {
        return Stream.of("global.admin", "account.admin", "mpn.admin", "billing.admin", "reader", "operator");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    @DisplayName("R4: every workspace as every role keeps the session open; a refused read says why in place")
    void everyWorkspaceAsEveryRole(String role) {
        String email = users.stream().filter(u -> u.startsWith(role + "@")).findFirst().orElseThrow();
        ConsoleSettings settings = ConsoleSettings.defaults().withUser(email);
        try (ConsoleHarness console = ConsoleHarness.start(80, 24,
                gui -> app.sessions().create(settings).console().open(gui))) {
            for (Workspace workspace : Workspace.values()) {
                console.shell().navigator().popToRoot();
                console.press(KeyType.Home);
                for (int i = 0; i < workspace.ordinal(); i++) {
                    console.press(KeyType.ArrowDown);
                }
                console.press(KeyType.Enter);
                String screen = console.text();
                assertTrue(console.shell().isOpen(), workspace + " as " + role + " ended the session");
                assertFalse(screen.contains("unexpected error"), workspace + " as " + role + ":\n" + screen);
                assertTrue(console.line(0).contains(workspace.title()), workspace + " as " + role + ":\n" + screen);
                if (screen.contains("You cannot open")) {
                    assertTrue(screen.contains("* "), "the refusal lists its reasons:\n" + screen);
                    // Only the keys that work in place of the screen: Esc, q, ?; none of the screen's.
                    String footer = console.line(23).strip().replaceAll(" {2,}", "|");
                    assertEquals("Esc|Back|q|Quit|?|Help", footer, workspace + " as " + role + ":\n" + screen);
                    // A reason's wrapped lines stay under its text (Wrap), never back at the margin.
                    int hang = -1;
                    for (String line : console.lines().subList(1, 20)) {
                        String text = line.stripLeading();
                        if (text.isEmpty()) {
                            hang = -1;
                        } else if (text.startsWith("* ")) {
                            hang = line.indexOf("* ") + 2;
                        } else if (hang >= 0) {
                            assertTrue(line.length() - text.length() >= hang,
                                    "a wrapped line lost its indent: [" + line + "]\n" + screen);
                        }
                    }
                }
                closeDialogs(console);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedToReaders")
    @DisplayName("R4: a Reader opening a workspace they may not read sees why, in place of the content")
    void readerSeesTheRefusalInPlace(Workspace workspace) {
        String email = users.stream().filter(u -> u.startsWith("reader@")).findFirst().orElseThrow();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24,
                gui -> app.sessions().create(ConsoleSettings.defaults().withUser(email)).console().open(gui))) {
            for (int i = 0; i < workspace.ordinal(); i++) {
                console.press(KeyType.ArrowDown);
            }
            console.press(KeyType.Enter);
            assertTrue(console.shell().isOpen());
            assertTrue(console.shows("You cannot open " + workspace.title()), console.text());
            console.press(KeyType.Escape);
            assertTrue(console.shell().isOpen());
            assertTrue(console.line(0).contains("Main menu"), console.text());
        }
    }

    static Stream<Workspace> refusedToReaders() {
        return Stream.of(Workspace.BILLS);
    }

    private static void closeDialogs(ConsoleHarness console) {
        for (Window window : new ArrayList<>(console.gui().getWindows())) {
            if (window.getHints().contains(Window.Hint.MODAL)) {
                window.close();
            }
        }
        console.settle();
    }
}

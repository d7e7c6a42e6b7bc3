package com.actionpack.tui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console in the process's own terminal takes TERM into account, as SSH sessions do. */
class LocalColourTest {

    @TempDir
    Path home;

    private AppConfig config(Map<String, String> environment) {
        return new AppConfig(new DataDirectory(home), home.resolve("a.db"), home.resolve("plugins"),
                java.util.Optional.empty(), java.util.Optional.empty(), environment);
    }

    @Test
    void termDumbAndVt100MeanNoColour() {
        assertTrue(config(Map.of("TERM", "dumb")).localConsoleSettings().monochrome());
        assertTrue(config(Map.of("TERM", "vt100")).localConsoleSettings().monochrome());
        assertFalse(config(Map.of("TERM", "xterm-256color")).localConsoleSettings().monochrome());
    }
}

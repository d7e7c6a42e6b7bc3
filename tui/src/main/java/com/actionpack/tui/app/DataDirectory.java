package com.actionpack.tui.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the console keeps its files: {@code $XDG_DATA_HOME/actionpack}, or
 * {@code ~/.local/share/actionpack} when XDG_DATA_HOME is unset, empty or relative (as the XDG
 * base directory specification says).
 */
public record DataDirectory(Path root) {

    public static DataDirectory resolve(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return new DataDirectory(base.resolve("actionpack"));
    }

    public Path logFile() {
        return root.resolve("actionpack.log");
    }

    public Path defaultDatabase() {
        return root.resolve("actionpack.db");
    }

    /** Where {@code actionpack demo} writes when no database is named: never the user's own. */
    public Path demoDatabase() {
        return root.resolve("demo.db");
    }

    public Path defaultPlugins() {
        return root.resolve("plugins");
    }
}

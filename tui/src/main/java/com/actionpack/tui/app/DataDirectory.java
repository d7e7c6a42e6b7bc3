package com.actionpack.tui.app;

import com.actionpack.persistence.db.AppDataFolder;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the console keeps its files: {@code $XDG_DATA_HOME/actionpack}, else
 * {@code ~/.local/share/actionpack}, by persistence's one rule ({@link AppDataFolder}).
 */
public record DataDirectory(Path root) {

    public static DataDirectory resolve(Map<String, String> environment, String userHome) {
        return new DataDirectory(AppDataFolder.resolve(environment, Path.of(userHome)));
    }

    public Path logFile() {
        return root.resolve("actionpack.log");
    }

    public Path defaultDatabase() {
        return root.resolve("actionpack.db");
    }

    public Path defaultPlugins() {
        return root.resolve("plugins");
    }

    /** Where SSH users' export folders live: {@code exports/<account>/<user>/}. */
    public Path exports() {
        return root.resolve("exports");
    }
}

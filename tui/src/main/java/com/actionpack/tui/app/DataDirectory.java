package com.actionpack.tui.app;

import com.actionpack.persistence.db.AppDataFolder;
import java.nio.file.Path;
import com.actionpack.persistence.ledger.LedgerKeyFile;
import java.util.Map;
import java.util.Optional;

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

    /** Where {@code actionpack demo} writes when no database is named: never the user's own. */
    public Path demoDatabase() {
        return root.resolve("demo.db");
    }

    /**
     * The key that seals the ledgers (R23): {@code --ledger-key}, else {@code $ACTIONPACK_LEDGER_KEY},
     * else {@code ledger.key} here (persistence's {@link LedgerKeyFile#locate} rule).
     */
    public LedgerKeyFile ledgerKey(Map<String, String> environment, Optional<Path> option) {
        if (option.isPresent()) {
            return new LedgerKeyFile(option.get());
        }
        String named = environment.get(LedgerKeyFile.ENV_KEY);
        if (named != null && !named.isBlank()) {
            return LedgerKeyFile.locate(environment, Path.of(System.getProperty("user.home")));
        }
        return new LedgerKeyFile(root.resolve(LedgerKeyFile.FILE_NAME));
    }

    public Path defaultPlugins() {
        return root.resolve("plugins");
    }

    /** Where SSH users' export folders live: {@code exports/<account>/<user>/}. */
    public Path exports() {
        return root.resolve("exports");
    }
}

package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/ada");

    private static Path resolve(Map<String, String> env, String option) {
        return new DatabaseLocation(env, HOME).resolve(Optional.ofNullable(option));
    }

    @Test
    void defaultsUnderHome() {
        assertEquals(Path.of("/home/ada/.local/share/actionpack/actionpack.db"), resolve(Map.of(), null));
    }

    @Test
    void xdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/actionpack/actionpack.db"), resolve(Map.of("XDG_DATA_HOME", "/data"), null));
    }

    @Test
    void relativeOrBlankXdgIsIgnored() {
        assertEquals(Path.of("/home/ada/.local/share/actionpack/actionpack.db"), resolve(Map.of("XDG_DATA_HOME", "rel"), null));
        assertEquals(Path.of("/home/ada/.local/share/actionpack/actionpack.db"), resolve(Map.of("XDG_DATA_HOME", " "), null));
    }

    @Test
    void environmentOverridesXdg() {
        assertEquals(Path.of("/srv/ap.db"), resolve(Map.of("XDG_DATA_HOME", "/data", "ACTIONPACK_DB", "/srv/ap.db"), null));
    }

    @Test
    void optionOverridesEverything() {
        assertEquals(Path.of("/tmp/x.db"), resolve(Map.of("ACTIONPACK_DB", "/srv/ap.db", "XDG_DATA_HOME", "/data"), "/tmp/x.db"));
        assertEquals(Path.of("/home/ada/dbs/x.db"), resolve(Map.of(), "~/dbs/x.db"));
        assertEquals(Path.of("/srv/ap.db"), resolve(Map.of("ACTIONPACK_DB", "/srv/ap.db"), ""));
    }

    @Test
    void invalidPathIsOneLine() {
        DatabaseException e = assertThrows(DatabaseException.class, () -> resolve(Map.of(), "bad\0path"));
        assertEquals(1, e.getMessage().lines().count());
    }
}

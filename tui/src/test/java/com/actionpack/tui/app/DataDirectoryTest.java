package com.actionpack.tui.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataDirectoryTest {

    @Test
    void usesXdgDataHomeWhenSet() {
        DataDirectory dir = DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/srv/data"), "/home/ann");
        assertEquals(Path.of("/srv/data/actionpack/actionpack.log"), dir.logFile());
        assertEquals(Path.of("/srv/data/actionpack/actionpack.db"), dir.defaultDatabase());
    }

    @Test
    void fallsBackToLocalShareWhenUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/ann/.local/share/actionpack/actionpack.log");
        assertEquals(expected, DataDirectory.resolve(Map.of(), "/home/ann").logFile());
        assertEquals(expected, DataDirectory.resolve(Map.of("XDG_DATA_HOME", ""), "/home/ann").logFile());
        assertEquals(expected, DataDirectory.resolve(Map.of("XDG_DATA_HOME", "rel/dir"), "/home/ann").logFile());
    }
}

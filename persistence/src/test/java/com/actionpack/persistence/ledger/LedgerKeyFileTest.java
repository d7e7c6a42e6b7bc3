package com.actionpack.persistence.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.persistence.db.DatabaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R23: the ledger key's file: where it is, how it is made, what is refused. */
class LedgerKeyFileTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("R23: by default <data dir>/ledger.key; ACTIONPACK_LEDGER_KEY names another file")
    void location() {
        Path home = dir.resolve("home");
        assertEquals(home.resolve(".local/share/actionpack/ledger.key"), LedgerKeyFile.locate(Map.of(), home).file());
        assertEquals(dir.resolve("xdg/actionpack/ledger.key"),
                LedgerKeyFile.locate(Map.of("XDG_DATA_HOME", dir.resolve("xdg").toString()), home).file());
        assertEquals(dir.resolve("k"), LedgerKeyFile.locate(Map.of(LedgerKeyFile.ENV_KEY, dir.resolve("k").toString()), home)
                .file());
        assertEquals(home.resolve("keys/l.key"), LedgerKeyFile.locate(Map.of(LedgerKeyFile.ENV_KEY, "~/keys/l.key"), home)
                .file());
    }

    @Test
    @DisplayName("R23: made on first use, 0600, 64 hex digits, in a new private folder; read back the same; never replaced")
    void createdOnceOwnerOnly() throws Exception {
        LedgerKeyFile file = new LedgerKeyFile(dir.resolve("new/ledger.key"));
        assertTrue(file.read().isEmpty());
        LedgerKey made = file.readOrCreate(new SecureRandom());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file().getParent())));
        assertTrue(Files.readString(file.file()).matches("[0-9a-f]{64}\n"));
        assertEquals(made.id(), file.read().orElseThrow().id());
        assertEquals(made.id(), file.readOrCreate(new SecureRandom()).id(), "an existing key is kept");
        try (var files = Files.list(file.file().getParent())) {
            assertEquals(List.of(file.file()), files.toList(), "no temporary file is left");
        }
        assertFalse(made.toString().contains(made.hex()), "the key's bytes are never shown");
    }

    @Test
    @DisplayName("R23: eight threads creating the key at once all end with the same key")
    void raceMakesOneKey() throws Exception {
        LedgerKeyFile file = new LedgerKeyFile(dir.resolve("race.key"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(pool.submit((Callable<String>) () -> file.readOrCreate(new SecureRandom()).id()));
            }
            String first = ids.get(0).get();
            for (Future<String> id : ids) {
                assertEquals(first, id.get());
            }
            assertEquals(first, file.read().orElseThrow().id());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R23: a key others can read, or a file that is no key, is one line")
    void refused() throws Exception {
        Path key = dir.resolve("open.key");
        Files.writeString(key, LedgerKey.generate(new SecureRandom()).hex() + "\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        DatabaseException open = assertThrows(DatabaseException.class, () -> new LedgerKeyFile(key).read());
        assertTrue(open.getMessage().contains("can be read by other users") && open.getMessage().contains("chmod 600"),
                open.getMessage());
        Path junk = dir.resolve("junk.key");
        Files.writeString(junk, "not a key\n");
        Files.setPosixFilePermissions(junk, PosixFilePermissions.fromString("rw-------"));
        DatabaseException notKey = assertThrows(DatabaseException.class, () -> new LedgerKeyFile(junk).read());
        assertTrue(notKey.getMessage().contains("is not a ledger key"), notKey.getMessage());
    }
}

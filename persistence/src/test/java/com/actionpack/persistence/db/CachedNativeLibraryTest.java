package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: sqlite-jdbc's native library is extracted once per cache folder, whole and checked. */
class CachedNativeLibraryTest {

    @TempDir
    Path cache;

    private String path;
    private String name;

    @BeforeEach
    void clearSettings() {
        // This JVM has loaded the library already; the settings only matter to a first load.
        path = System.clearProperty(CachedNativeLibrary.PATH_PROPERTY);
        name = System.clearProperty(CachedNativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreSettings() {
        restore(CachedNativeLibrary.PATH_PROPERTY, path);
        restore(CachedNativeLibrary.NAME_PROPERTY, name);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void extractedOnceWholeThenReused() throws IOException {
        CachedNativeLibrary.use(cache);
        Path library = onlyFile();
        assertEquals(cache.toAbsolutePath().toString(), System.getProperty(CachedNativeLibrary.PATH_PROPERTY));
        assertEquals(library.getFileName().toString(), System.getProperty(CachedNativeLibrary.NAME_PROPERTY));
        String fileName = library.getFileName().toString();
        assertTrue(fileName.startsWith("actionpack-sqlitejdbc-"), fileName);
        assertTrue(fileName.contains(String.format("-%08x-", crc(library))), "the name carries the content's CRC: " + fileName);
        assertTrue(Files.size(library) > 100_000, "the whole library");

        FileTime written = Files.getLastModifiedTime(library);
        Files.setLastModifiedTime(library, FileTime.fromMillis(written.toMillis() - 60_000));
        clearSettings();
        CachedNativeLibrary.use(cache);
        assertEquals(library, onlyFile());
        assertEquals(written.toMillis() - 60_000, Files.getLastModifiedTime(library).toMillis(), "reused, not written again");
    }

    @Test
    void aDamagedFileIsWrittenAgain() throws IOException {
        CachedNativeLibrary.use(cache);
        Path library = onlyFile();
        long size = Files.size(library);
        // Cut in half, as a full disk or a crash could leave a file written without the rename.
        byte[] half = Files.readAllBytes(library);
        Files.write(library, java.util.Arrays.copyOf(half, half.length / 2));
        clearSettings();
        CachedNativeLibrary.use(cache);
        assertEquals(size, Files.size(onlyFile()));
        assertTrue(onlyFile().getFileName().toString().contains(String.format("-%08x-", crc(onlyFile()))));
    }

    @Test
    void anUnusableFolderSetsNothing() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        CachedNativeLibrary.use(notAFolder);
        assertNull(System.getProperty(CachedNativeLibrary.PATH_PROPERTY));
        assertNull(System.getProperty(CachedNativeLibrary.NAME_PROPERTY));
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), "one file, no temporary left: " + all);
            return all.get(0);
        }
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }
}

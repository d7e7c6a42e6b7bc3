package com.actionpack.tui.app;

import com.actionpack.persistence.db.SqliteLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where sqlite-jdbc extracts its native library: the app's cache folder,
 * {@code $XDG_CACHE_HOME/actionpack} (else {@code ~/.cache/actionpack}), not the temp folder,
 * which hardened systems mount {@code noexec} (the library then cannot load) or lack. An
 * explicit {@code -Dorg.sqlite.tmpdir} wins.
 */
final class NativeLibraryFolder {

    private NativeLibraryFolder() {
    }

    /** Sets the folder for this process, creating it (0700) when it can; returns it. */
    static Path configure(Map<String, String> environment, String home) {
        String explicit = System.getProperty(SqliteLibrary.FOLDER_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String cache = environment.get("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() && Path.of(cache).isAbsolute() ? Path.of(cache)
                : Path.of(home, ".cache");
        Path folder = base.resolve("actionpack");
        try {
            if (!Files.isDirectory(folder)) {
                boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
                if (posix) {
                    Files.createDirectories(folder,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Loading the library then fails with one line naming this folder and the setting.
        }
        System.setProperty(SqliteLibrary.FOLDER_PROPERTY, folder.toString());
        return folder;
    }
}

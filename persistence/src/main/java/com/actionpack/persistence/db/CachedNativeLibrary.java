package com.actionpack.persistence.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, extracted once into the app's cache folder and loaded from there
 * by later starts. Left to itself, sqlite-jdbc extracts it afresh at every start under a new
 * name (inflating 1 MB, writing it, then reading both copies back a byte at a time to compare
 * them), which was a tenth of the CPU time to the first screen (issue 15).
 *
 * <p>The cached file is named after the sqlite-jdbc version, the platform folder and the CRC-32 of
 * its content ({@code actionpack-sqlitejdbc-3.54.1.0-Linux-x86_64-0a1b2c3d-libsqlitejdbc.so}). It is
 * written to a temporary file in the same folder and renamed, so no process ever sees half of it,
 * and its content is checked against that CRC before every use: a damaged file is written again.
 * Nothing here throws: on any failure no setting is made and sqlite-jdbc extracts the library as
 * it always did (and reports its own failure, see {@link SqliteLibrary}).
 */
final class CachedNativeLibrary {

    /** sqlite-jdbc's settings: load this file from this folder, without extracting anything. */
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private CachedNativeLibrary() {
    }

    /**
     * Points sqlite-jdbc at the cached library in {@code folder}, extracting it there first when
     * it is missing or damaged. Does nothing when the library's location is already set.
     */
    static synchronized void use(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        try {
            String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
            String libraryName = LibraryLoaderUtil.getNativeLibName();
            String prefix = "actionpack-sqlitejdbc-" + SQLiteJDBCLoader.getVersion() + "-"
                    + resourceFolder.replaceFirst("^/org/sqlite/native/", "").replaceAll("[^A-Za-z0-9._]+", "-") + "-";
            String suffix = "-" + libraryName;
            Optional<Path> cached = find(folder, prefix, suffix);
            if (cached.isEmpty()) {
                cached = extract(resourceFolder + "/" + libraryName, folder, prefix, suffix);
            }
            cached.ifPresent(file -> {
                System.setProperty(NAME_PROPERTY, file.getFileName().toString());
                System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString());
            });
        } catch (IOException | RuntimeException | LinkageError e) {
            // Only speed is lost: sqlite-jdbc extracts it itself.
        }
    }

    /** A file of the cache whose content matches the CRC in its name; damaged ones are removed. */
    private static Optional<Path> find(Path folder, String prefix, String suffix) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*" + suffix)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String crc = name.substring(prefix.length(), name.length() - suffix.length());
                if (crc.matches("[0-9a-f]{8}") && Files.isRegularFile(file)
                        && Long.parseLong(crc, 16) == crcOf(file)) {
                    return Optional.of(file);
                }
                Files.deleteIfExists(file);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> extract(String resource, Path folder, String prefix, String suffix) throws IOException {
        Path part = Files.createTempFile(folder, ".sqlitejdbc-", ".part");
        try {
            CRC32 crc = new CRC32();
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource);
                 OutputStream out = Files.newOutputStream(part, StandardOpenOption.WRITE)) {
                if (in == null) {
                    return Optional.empty();
                }
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            Path file = folder.resolve(prefix + String.format("%08x", crc.getValue()) + suffix);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                return Optional.empty();
            }
            return Optional.of(file);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static long crcOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }
}

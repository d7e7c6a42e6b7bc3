package com.actionpack.persistence.ledger;

import com.actionpack.persistence.db.AppDataFolder;
import com.actionpack.persistence.db.DatabaseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the {@link LedgerKey} is kept (R23): a file of 64 hex digits and a newline, readable by
 * its owner only (0600), never inside the database. By default {@code <data dir>/ledger.key}
 * ({@link AppDataFolder}); {@value #ENV_KEY} names another file (the command line's
 * {@code --ledger-key} wins over both). Hosts that share one PostgreSQL database need the same
 * file.
 *
 * <p>{@link #create} writes a new key to a temporary file (0600) in the same folder, flushed to
 * disk, and links it into place only if no key is there yet: a key is never overwritten, and
 * two processes creating one at once end with the same key. Every fault is a
 * {@link DatabaseException} with one line that says what to do.
 */
public final class LedgerKeyFile {

    /** Names the key file instead of the default place. */
    public static final String ENV_KEY = "ACTIONPACK_LEDGER_KEY";

    /** The key file's name in the data folder. */
    public static final String FILE_NAME = "ledger.key";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    public LedgerKeyFile(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    /** {@value #ENV_KEY} when set (a leading {@code ~/} is the home folder), else {@code <data dir>/ledger.key}. */
    public static LedgerKeyFile locate(Map<String, String> environment, Path home) {
        String named = environment.get(ENV_KEY);
        if (named == null || named.isBlank()) {
            return new LedgerKeyFile(AppDataFolder.resolve(environment, home).resolve(FILE_NAME));
        }
        try {
            return new LedgerKeyFile(named.startsWith("~/") ? home.resolve(named.substring(2)) : Path.of(named));
        } catch (InvalidPathException e) {
            throw new DatabaseException(ENV_KEY + " is not a valid path: name the ledger key file.", e);
        }
    }

    /** The default for this process: its environment and home folder. */
    public static LedgerKeyFile ofSystem() {
        return locate(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path file() {
        return file;
    }

    /** The key in the file; empty when there is no file. */
    public Optional<LedgerKey> read() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException("The ledger key " + file + " is not a file: point --ledger-key or " + ENV_KEY
                    + " at the key file.");
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY.containsAll(permissions)) {
                    throw new DatabaseException("The ledger key " + file + " can be read by other users ("
                            + PosixFilePermissions.toString(permissions) + "): run chmod 600 " + file + ".");
                }
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (text.length() != 2 * LedgerKey.BYTES || !text.matches("[0-9a-fA-F]+")) {
                throw new DatabaseException("The ledger key " + file + " is not a ledger key (" + 2 * LedgerKey.BYTES
                        + " hex digits): restore it from where you keep a copy.");
            }
            return Optional.of(LedgerKey.of(HexFormat.of().parseHex(text.toLowerCase(java.util.Locale.ROOT))));
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the ledger key " + file + " (" + e.getMessage()
                    + "): check its permissions.", e);
        }
    }

    /** The key in the file, or a new one written there when there is none yet. */
    public LedgerKey readOrCreate(SecureRandom random) {
        return read().orElseGet(() -> create(random));
    }

    private LedgerKey create(SecureRandom random) {
        LedgerKey key = LedgerKey.generate(random);
        Path folder = file.getParent();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path temporary = null;
        try {
            if (!Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            temporary = posix
                    ? Files.createTempFile(folder, "." + FILE_NAME + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(folder, "." + FILE_NAME + ".", ".tmp");
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap((key.hex() + "\n").getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            try {
                // A hard link fails when the name exists: never overwrites a key, even in a race.
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException raced) {
                return read().orElseThrow(() -> raced);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(temporary, file);
            }
            return key;
        } catch (IOException | SecurityException e) {
            throw new DatabaseException("Cannot write the ledger key " + file + " (" + e.getMessage()
                    + "): make its folder writable, or point --ledger-key or " + ENV_KEY + " at another file.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A stray temporary file holds a key nobody uses; it is 0600.
                }
            }
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}

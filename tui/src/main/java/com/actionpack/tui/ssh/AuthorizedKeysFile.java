package com.actionpack.tui.ssh;

import com.actionpack.tui.text.SafeText;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@link KeyDirectory} over an OpenSSH authorized_keys file in which each key's comment is the
 * email of the user it signs in as:
 * <pre>ssh-ed25519 AAAAC3Nza... ann@contoso.example</pre>
 * The file is read again when it changes, so adding or removing a key needs no restart; if the
 * changed file is broken, the last good keys stay in force and the problem is logged.
 */
public final class AuthorizedKeysFile implements KeyDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizedKeysFile.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final Path file;
    private Snapshot snapshot;

    private AuthorizedKeysFile(Path file, Snapshot snapshot) {
        this.file = file;
        this.snapshot = snapshot;
    }

    /**
     * Reads the file now, so that a missing or broken file stops the server at start with a
     * message saying which line is wrong.
     *
     * @throws KeyFileException with a one-line message
     */
    public static AuthorizedKeysFile load(Path file) {
        Objects.requireNonNull(file, "file");
        return new AuthorizedKeysFile(file, read(file));
    }

    /** How many keys are in force. */
    public synchronized int size() {
        return snapshot.emailsByFingerprint.size();
    }

    @Override
    public Optional<String> emailFor(PublicKey key) {
        return Optional.ofNullable(current().emailsByFingerprint.get(KeyUtils.getFingerPrint(key)));
    }

    private synchronized Snapshot current() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (!modified.equals(snapshot.modified) || size != snapshot.size) {
                snapshot = read(file);
                LOG.info("Re-read {}: {} keys", file, snapshot.emailsByFingerprint.size());
            }
        } catch (IOException | KeyFileException e) {
            LOG.warn("Keeping the previous authorized keys: {}", e.getMessage());
        }
        return snapshot;
    }

    private static Snapshot read(Path file) {
        List<String> lines;
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file);
            size = Files.size(file);
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KeyFileException("authorized keys file " + file + " does not exist: create it with one"
                    + " public key per line, the user's email as the comment");
        } catch (IOException e) {
            throw new KeyFileException("cannot read authorized keys file " + file + ": " + e.getMessage());
        }
        Map<String, String> emails = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1);
            PublicKey key;
            String comment;
            try {
                AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
                key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
                comment = entry.getComment();
            } catch (Exception e) {
                throw new KeyFileException(where + ": not an OpenSSH public key (" + e.getMessage() + ")");
            }
            String email = comment == null ? "" : comment.strip();
            if (!EMAIL.matcher(email).matches()) {
                throw new KeyFileException(where + ": the comment after the key must be the user's email,"
                        + " found '" + SafeText.line(email) + "'");
            }
            String fingerprint = KeyUtils.getFingerPrint(key);
            String previous = emails.putIfAbsent(fingerprint, email);
            if (previous != null && !previous.equalsIgnoreCase(email)) {
                throw new KeyFileException(where + ": key " + fingerprint + " is already given to " + previous
                        + "; one key maps to one user");
            }
        }
        return new Snapshot(Map.copyOf(emails), modified, size);
    }

    private record Snapshot(Map<String, String> emailsByFingerprint, FileTime modified, long size) {
    }

    /** A missing or malformed keys file; the message is one line saying what to fix. */
    public static final class KeyFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public KeyFileException(String message) {
            super(message);
        }
    }
}

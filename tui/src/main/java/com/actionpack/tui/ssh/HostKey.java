package com.actionpack.tui.ssh;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import java.util.Set;

/**
 * The server's host key: read from its file, or generated once (ed25519) and written there in
 * OpenSSH format with mode 0600, through a temporary file and an atomic rename so that a crash
 * never leaves half a key. Clients pin the key, so it must never change by itself.
 */
public final class HostKey {

    /** Short, fast and what current OpenSSH clients prefer. Needs BouncyCastle on Java 17 here. */
    private static final String KEY_TYPE = "ssh-ed25519";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final KeyPair keyPair;
    private final boolean generated;

    private HostKey(KeyPair keyPair, boolean generated) {
        this.keyPair = keyPair;
        this.generated = generated;
    }

    /** Loads the key at {@code file}, creating it (and its folder) first when missing. */
    public static HostKey loadOrCreate(Path file) throws IOException {
        try {
            if (Files.exists(file)) {
                return new HostKey(read(file), false);
            }
            KeyPair pair = KeyUtils.generateKeyPair(KEY_TYPE, 256);
            write(pair, file);
            return new HostKey(pair, true);
        } catch (GeneralSecurityException e) {
            throw new IOException("host key " + file + ": " + e.getMessage(), e);
        }
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    /** True when this run created the key (worth telling the operator). */
    public boolean generated() {
        return generated;
    }

    /** "SHA256:..." as OpenSSH prints it when a client first connects. */
    public String fingerprint() {
        return KeyUtils.getFingerPrint(keyPair.getPublic());
    }

    /** e.g. "ssh-ed25519". */
    public String type() {
        return KeyUtils.getKeyType(keyPair);
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null,
                    NamedResource.ofName(file.toString()), in, FilePasswordProvider.EMPTY);
            Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
            if (it == null || !it.hasNext()) {
                throw new IOException("host key file " + file + " holds no key: move it away to generate a new one");
            }
            return it.next();
        }
    }

    private static void write(KeyPair pair, Path file) throws IOException, GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temp = posix
                ? Files.createTempFile(dir, ".ssh_host_key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".ssh_host_key", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "actionpack host key", null, out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

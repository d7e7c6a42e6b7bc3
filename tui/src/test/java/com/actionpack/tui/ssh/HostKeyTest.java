package com.actionpack.tui.ssh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostKeyTest {

    @TempDir
    Path dir;

    @Test
    void generatedOnceWithOwnerOnlyModeThenKept() throws Exception {
        Path file = dir.resolve("data/actionpack/ssh_host_key");
        HostKey first = HostKey.loadOrCreate(file);
        assertTrue(first.generated());
        assertEquals("ssh-ed25519", first.type());
        assertTrue(first.fingerprint().startsWith("SHA256:"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));

        HostKey again = HostKey.loadOrCreate(file);
        assertFalse(again.generated());
        assertEquals(first.fingerprint(), again.fingerprint());
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}

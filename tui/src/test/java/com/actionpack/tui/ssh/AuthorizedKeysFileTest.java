package com.actionpack.tui.ssh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorizedKeysFileTest {

    @TempDir
    Path dir;

    private final KeyPair ann = TestKeys.ed25519();
    private final KeyPair bob = TestKeys.rsa();
    private final KeyPair stranger = TestKeys.ed25519();

    @Test
    void eachKeyMapsToTheEmailInItsComment() throws Exception {
        Path file = TestKeys.authorizedKeys(dir.resolve("keys"), Map.of(ann, "ann@contoso.example", bob, "bob@contoso.example"));
        AuthorizedKeysFile keys = AuthorizedKeysFile.load(file);
        assertEquals(Optional.of("ann@contoso.example"), keys.emailFor(ann.getPublic()));
        assertEquals(Optional.of("bob@contoso.example"), keys.emailFor(bob.getPublic()));
        assertEquals(Optional.empty(), keys.emailFor(stranger.getPublic()));
        assertEquals(2, keys.size());
    }

    @Test
    void aKeyAddedToTheFileWorksWithoutRestart() throws Exception {
        Path file = TestKeys.authorizedKeys(dir.resolve("keys"), Map.of(ann, "ann@contoso.example"));
        AuthorizedKeysFile keys = AuthorizedKeysFile.load(file);
        assertEquals(Optional.empty(), keys.emailFor(stranger.getPublic()));

        Files.writeString(file, TestKeys.line(stranger, "sam@contoso.example") + "\n", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertEquals(Optional.of("sam@contoso.example"), keys.emailFor(stranger.getPublic()));
    }

    @Test
    void aBrokenEditKeepsTheLastGoodKeys() throws Exception {
        Path file = TestKeys.authorizedKeys(dir.resolve("keys"), Map.of(ann, "ann@contoso.example"));
        AuthorizedKeysFile keys = AuthorizedKeysFile.load(file);
        Files.writeString(file, "ssh-ed25519 not-base64 ann@contoso.example\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(Optional.of("ann@contoso.example"), keys.emailFor(ann.getPublic()));
    }

    @Test
    void aKeyWithoutAnEmailCommentIsRefusedWithItsLineNumber() throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# admins\n" + TestKeys.line(ann, "ann's laptop") + "\n");
        AuthorizedKeysFile.KeyFileException e = assertThrows(AuthorizedKeysFile.KeyFileException.class,
                () -> AuthorizedKeysFile.load(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("email"), e.getMessage());
    }

    @Test
    void garbageIsRefusedWithItsLineNumber() throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "hello world\n");
        AuthorizedKeysFile.KeyFileException e = assertThrows(AuthorizedKeysFile.KeyFileException.class,
                () -> AuthorizedKeysFile.load(file));
        assertTrue(e.getMessage().contains("line 1: not an OpenSSH public key"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void oneKeyForTwoUsersIsRefused() throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, TestKeys.line(ann, "ann@contoso.example") + "\n" + TestKeys.line(ann, "bob@contoso.example") + "\n");
        AuthorizedKeysFile.KeyFileException e = assertThrows(AuthorizedKeysFile.KeyFileException.class,
                () -> AuthorizedKeysFile.load(file));
        assertTrue(e.getMessage().contains("one key maps to one user"), e.getMessage());
    }

    @Test
    void aMissingFileSaysHowToCreateIt() {
        AuthorizedKeysFile.KeyFileException e = assertThrows(AuthorizedKeysFile.KeyFileException.class,
                () -> AuthorizedKeysFile.load(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}

package com.actionpack.tui.ssh;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Map;

/** Key pairs made in the test and an authorized_keys file naming their users. */
public final class TestKeys {

    private TestKeys() {
    }

    public static KeyPair ed25519() {
        try {
            return KeyUtils.generateKeyPair("ssh-ed25519", 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair rsa() {
        try {
            return KeyUtils.generateKeyPair("ssh-rsa", 2048);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String line(KeyPair pair, String comment) {
        return PublicKeyEntry.toString(pair.getPublic()) + " " + comment;
    }

    public static Path authorizedKeys(Path file, Map<KeyPair, String> emails) throws IOException {
        StringBuilder text = new StringBuilder("# test keys\n");
        emails.forEach((pair, email) -> text.append(line(pair, email)).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

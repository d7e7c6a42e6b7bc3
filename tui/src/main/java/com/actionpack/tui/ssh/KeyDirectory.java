package com.actionpack.tui.ssh;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Which user, if any, a public key signs in as. The server asks it on every sign-in, so an
 * implementation backed by a file or a database sees keys added or revoked without a restart.
 */
@FunctionalInterface
public interface KeyDirectory {

    /** The email of the user this key belongs to, or empty when the key is unknown. */
    Optional<String> emailFor(PublicKey key);
}

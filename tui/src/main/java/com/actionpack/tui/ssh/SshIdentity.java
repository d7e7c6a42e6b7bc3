package com.actionpack.tui.ssh;

import java.util.Objects;

/**
 * Who is at the other end of one SSH session, as audit needs it (R21): the user the key belongs
 * to, the name typed on the ssh command line (not trusted, only recorded), the SHA256
 * fingerprint of the key that signed in and where the connection came from.
 *
 * @param email          the user's email, from the authorized key's entry
 * @param username       the SSH user name the client asked for, e.g. "admin" in admin@host
 * @param keyFingerprint "SHA256:..." as OpenSSH prints it
 * @param remoteAddress  the client's address and port, e.g. "127.0.0.1:53422"
 */
public record SshIdentity(String email, String username, String keyFingerprint, String remoteAddress) {

    public SshIdentity {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(keyFingerprint, "keyFingerprint");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }

    /** For an audit channel string, e.g. "ssh:admin@127.0.0.1:53422 key SHA256:...". */
    public String channel() {
        return "ssh:" + username + "@" + remoteAddress + " key " + keyFingerprint;
    }
}

package com.actionpack.tui.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the SSH server runs.
 *
 * @param listen             address and port to listen on (127.0.0.1:2222 by default: loopback
 *                           until an operator decides otherwise)
 * @param hostKeyFile        the server's private host key; created with mode 0600 when missing
 * @param authorizedKeysFile OpenSSH authorized_keys file, each key's comment the user's email
 * @param idleTimeout        a session with no traffic for this long is closed
 * @param maxSessions        at most this many signed-in sessions at once
 */
public record SshServerOptions(ListenAddress listen, Path hostKeyFile, Path authorizedKeysFile,
                               Duration idleTimeout, int maxSessions) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_SESSIONS = 20;

    public SshServerOptions {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(hostKeyFile, "hostKeyFile");
        Objects.requireNonNull(authorizedKeysFile, "authorizedKeysFile");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive, got " + idleTimeout);
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("max sessions must be at least 1, got " + maxSessions);
        }
    }

    public static SshServerOptions defaults(Path hostKeyFile, Path authorizedKeysFile) {
        return new SshServerOptions(ListenAddress.DEFAULT, hostKeyFile, authorizedKeysFile,
                DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_SESSIONS);
    }

    public SshServerOptions withListen(ListenAddress value) {
        return new SshServerOptions(value, hostKeyFile, authorizedKeysFile, idleTimeout, maxSessions);
    }

    public SshServerOptions withIdleTimeout(Duration value) {
        return new SshServerOptions(listen, hostKeyFile, authorizedKeysFile, value, maxSessions);
    }

    public SshServerOptions withMaxSessions(int value) {
        return new SshServerOptions(listen, hostKeyFile, authorizedKeysFile, idleTimeout, value);
    }
}

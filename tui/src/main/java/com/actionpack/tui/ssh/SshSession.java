package com.actionpack.tui.ssh;

import java.util.Objects;

/**
 * What a console session gets to know about its SSH connection besides the terminal.
 *
 * @param who        who signed in, for the signed-in user and audit
 * @param term       the client's TERM, e.g. "xterm-256color" ("" when it sent none)
 * @param monochrome no colour: TERM is dumb or monochrome, or the client sent NO_COLOR
 * @param hangup     fires when the client goes; the session must then end
 * @param server     the server's address as this client reached it, "HOST:PORT" ("[::1]:2222"
 *                   for IPv6), for the scp command that fetches a file the session wrote
 */
public record SshSession(SshIdentity who, String term, boolean monochrome, Hangup hangup, String server) {

    public SshSession {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(hangup, "hangup");
    }
}

package com.actionpack.tui.ssh;

import java.util.Objects;

/**
 * What a console session gets to know about its SSH connection besides the terminal.
 *
 * @param who        who signed in, for the signed-in user and audit
 * @param term       the client's TERM, e.g. "xterm-256color" ("" when it sent none)
 * @param monochrome no colour: TERM is dumb or monochrome, or the client sent NO_COLOR
 * @param hangup     fires when the client goes; the session must then end
 */
public record SshSession(SshIdentity who, String term, boolean monochrome, Hangup hangup) {

    public SshSession {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(hangup, "hangup");
    }
}

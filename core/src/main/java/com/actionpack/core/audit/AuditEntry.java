package com.actionpack.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of state (R21): who, when, what, before and after. Never updated or deleted.
 *
 * @param actor the acting user's email, or "system"/"setup" for automatic steps
 * @param channel how the actor came in: "console", "ssh user@host key SHA256:...", "cli"
 * @param action a stable verb such as {@code order.placed}, {@code role.granted}
 * @param subject what changed, e.g. {@code order AP-00000012}
 */
public record AuditEntry(
        long id,
        Instant at,
        long accountId,
        String actor,
        String channel,
        String action,
        String subject,
        String before,
        String after) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    public AuditEntry withId(long newId) {
        return new AuditEntry(newId, at, accountId, actor, channel, action, subject, before, after);
    }
}

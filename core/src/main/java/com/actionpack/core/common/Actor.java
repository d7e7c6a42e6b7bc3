package com.actionpack.core.common;

import java.util.Objects;

/**
 * Who is acting: the signed-in user's id and the channel they came through (console,
 * "ssh key SHA256:..."), recorded with every audit entry (R21). Roles are not carried here:
 * use cases load the user's current roles inside their transaction, so a stale session
 * cannot act on a role that was revoked.
 */
public record Actor(long userId, String channel) {

    public Actor {
        Objects.requireNonNull(channel, "channel");
    }

    public static Actor console(long userId) {
        return new Actor(userId, "console");
    }
}

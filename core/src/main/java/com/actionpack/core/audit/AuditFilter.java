package com.actionpack.core.audit;

import java.util.OptionalLong;

/**
 * Which audit entries to list: one account's or all, and an optional text that the action,
 * subject or actor contains (case-insensitive).
 */
public record AuditFilter(OptionalLong accountId, String text) {

    public AuditFilter {
        text = text == null ? "" : text.strip();
    }

    public static AuditFilter account(long accountId) {
        return new AuditFilter(OptionalLong.of(accountId), "");
    }

    public AuditFilter containing(String newText) {
        return new AuditFilter(accountId, newText);
    }
}

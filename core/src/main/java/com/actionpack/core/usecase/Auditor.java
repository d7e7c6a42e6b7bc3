package com.actionpack.core.usecase;

import com.actionpack.core.account.User;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.audit.AuditLog;
import com.actionpack.core.common.Actor;
import java.time.Clock;

/** Writes audit entries stamped by the one clock (R14, R21). Used inside use cases' transactions. */
public final class Auditor {

    private final AuditLog log;
    private final Clock clock;

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(User user, Actor actor, String action, String subject, String before, String after) {
        log.append(new AuditEntry(0, clock.instant(), user.accountId(), user.email(), actor.channel(), action,
                subject, before, after));
    }

    /** When an operator acts on another account than their own: the entry belongs to that account. */
    public void recordFor(long accountId, User user, Actor actor, String action, String subject, String before, String after) {
        log.append(new AuditEntry(0, clock.instant(), accountId, user.email(), actor.channel(), action, subject, before, after));
    }

    /** For steps no person took (expiry sweeps, first-run setup). */
    public void recordSystem(long accountId, String actor, String action, String subject, String before, String after) {
        log.append(new AuditEntry(0, clock.instant(), accountId, actor, "system", action, subject, before, after));
    }
}

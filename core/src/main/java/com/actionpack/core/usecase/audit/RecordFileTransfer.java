package com.actionpack.core.usecase.audit;

import com.actionpack.core.account.User;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;

/**
 * In-port: a file of the user's own export folder was written by their console session or
 * fetched with SFTP/scp (R21: the audit trail says who took which data out, and how).
 */
public final class RecordFileTransfer {

    /** Audit actions, stable for filters and reports. */
    public static final String WRITTEN = "file.written";
    public static final String FETCHED = "file.fetched";

    private final Transactions tx;
    private final ActingUsers acting;
    private final Auditor auditor;

    public RecordFileTransfer(Transactions tx, ActingUsers acting, Auditor auditor) {
        this.tx = tx;
        this.acting = acting;
        this.auditor = auditor;
    }

    /** The console wrote {@code fileName} ({@code bytes} long) into the actor's export folder. */
    public void written(Actor actor, String fileName, long bytes) {
        record(actor, WRITTEN, fileName, bytes);
    }

    /** The actor fetched {@code fileName} ({@code bytes} long) from their export folder. */
    public void fetched(Actor actor, String fileName, long bytes) {
        record(actor, FETCHED, fileName, bytes);
    }

    private void record(Actor actor, String action, String fileName, long bytes) {
        tx.write(() -> {
            User user = acting.user(actor);
            auditor.record(user, actor, action, "file " + fileName, "", bytes + (bytes == 1 ? " byte" : " bytes"));
            return null;
        });
    }
}

package com.actionpack.tui.ssh;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.scp.common.ScpTransferEventListener;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Tells {@link ExportFiles} of every file fetched over SFTP (a file handle opened for reading,
 * then closed) or scp (a file sent whole), for the audit trail (R21).
 */
final class FetchAudit implements SftpEventListener, ScpTransferEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(FetchAudit.class);

    private final ExportFiles exports;

    FetchAudit(ExportFiles exports) {
        this.exports = exports;
    }

    @Override
    public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
        if (thrown == null && localHandle instanceof FileHandle
                && !((FileHandle) localHandle).getOpenOptions().contains(StandardOpenOption.WRITE)) {
            record(session, localHandle.getFile(), size(localHandle.getFile()));
        }
    }

    @Override
    public void endFileEvent(Session session, FileOperation op, Path file, long length,
                             Set<PosixFilePermission> perms, Throwable thrown) {
        if (thrown == null && op == FileOperation.SEND) {
            record(session, file, length);
        }
    }

    private void record(Session session, Path file, long bytes) {
        SshIdentity who = SshConsoleServer.identityOf(session);
        if (who == null) {
            return;
        }
        try {
            exports.fetched(who, String.valueOf(file.getFileName()), bytes);
        } catch (RuntimeException e) {
            // The file is already sent; a failed audit write is logged, never thrown into the transfer.
            LOG.error("Could not record that {} fetched {}", who.email(), file.getFileName(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}

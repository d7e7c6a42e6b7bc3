package com.actionpack.tui.ssh;

import org.apache.sshd.common.file.FileSystemFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;

/**
 * The file system SFTP and scp see in one SSH session: the signed-in user's export folder as
 * its root, read-only ({@link ReadOnlyRootedFileSystemProvider}). Nothing outside the folder
 * can be named, another user's folder included.
 */
final class ExportFileSystems implements FileSystemFactory {

    private final ExportFiles exports;

    ExportFileSystems(ExportFiles exports) {
        this.exports = exports;
    }

    @Override
    public Path getUserHomeDir(SessionContext session) {
        return null; // the root of the rooted file system
    }

    @Override
    public FileSystem createFileSystem(SessionContext session) throws IOException {
        SshIdentity who = session instanceof Session ? SshConsoleServer.identityOf((Session) session) : null;
        if (who == null) {
            throw new AccessDeniedException("not signed in");
        }
        return new ReadOnlyRootedFileSystemProvider().newFileSystem(exports.folderOf(who), Map.of());
    }
}

package com.actionpack.tui.ssh;

import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SFTP's attribute changes (chmod, chown, times, ACLs) refused: they go through attribute
 * views, which the read-only file system provider alone would not stop.
 */
final class ReadOnlySftpAccessor implements SftpFileSystemAccessor {

    private static AccessDeniedException refused(Path file) {
        return new AccessDeniedException(String.valueOf(file), null, "read-only: attributes cannot be changed");
    }

    @Override
    public void applyExtensionFileAttributes(SftpSubsystemProxy subsystem, Path file, Map<String, byte[]> extensions,
                                             LinkOption... options) throws IOException {
        if (extensions != null && !extensions.isEmpty()) {
            throw refused(file);
        }
    }

    @Override
    public void setFileAttribute(SftpSubsystemProxy subsystem, Path file, String view, String attribute, Object value,
                                 LinkOption... options) throws IOException {
        throw refused(file);
    }

    @Override
    public void setFileOwner(SftpSubsystemProxy subsystem, Path file, Principal value, LinkOption... options)
            throws IOException {
        throw refused(file);
    }

    @Override
    public void setGroupOwner(SftpSubsystemProxy subsystem, Path file, Principal value, LinkOption... options)
            throws IOException {
        throw refused(file);
    }

    @Override
    public void setFilePermissions(SftpSubsystemProxy subsystem, Path file, Set<PosixFilePermission> perms,
                                   LinkOption... options) throws IOException {
        throw refused(file);
    }

    @Override
    public void setFileAccessControl(SftpSubsystemProxy subsystem, Path file, List<AclEntry> acl, LinkOption... options)
            throws IOException {
        throw refused(file);
    }
}

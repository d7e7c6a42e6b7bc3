package com.actionpack.tui.app;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.ssh.ExportFiles;
import com.actionpack.tui.ssh.SshIdentity;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The app's answer to what SFTP and scp serve: the key's user's export folder (the same one
 * their console sessions write into), and an audit entry for each file fetched (R21).
 */
final class SshExports implements ExportFiles {

    private final CoreServices core;
    private final ExportFolderOfUser folders;
    private final Clock clock;

    SshExports(CoreServices core, ExportFolderOfUser folders, Clock clock) {
        this.core = core;
        this.folders = folders;
        this.clock = clock;
    }

    private Actor actor(SshIdentity who) throws AccessDeniedException {
        try {
            return core.signIn().signIn(who.email(), who.channel());
        } catch (ActionRefusedException refused) {
            throw new AccessDeniedException(who.email(), null, refused.getMessage());
        }
    }

    @Override
    public Path folderOf(SshIdentity who) throws IOException {
        return folders.folders().ensure(folders.folderOf(actor(who)));
    }

    @Override
    public void fetched(SshIdentity who, String fileName, long bytes) {
        try {
            core.fileTransfers().fetched(actor(who), fileName, bytes);
        } catch (AccessDeniedException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public int removeOlderThan(Duration age) throws IOException {
        return folders.folders().removeModifiedBefore(clock.instant().minus(age));
    }
}

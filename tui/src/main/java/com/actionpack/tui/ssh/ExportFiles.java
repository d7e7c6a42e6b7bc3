package com.actionpack.tui.ssh;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What SFTP and scp serve to a signed-in SSH user: their own export folder, read-only. The app
 * says which folder that is and records what was fetched (R21); the server knows nothing else.
 */
public interface ExportFiles {

    /**
     * The folder served to {@code who}, made (0700) if missing.
     *
     * @throws IOException when it cannot be made or {@code who} is no user of the database;
     *                     the transfer is then refused
     */
    Path folderOf(SshIdentity who) throws IOException;

    /** {@code who} fetched {@code fileName} of their folder, {@code bytes} long. */
    void fetched(SshIdentity who, String fileName, long bytes);

    /**
     * Removes the files of every export folder last changed longer than {@code age} ago.
     *
     * @return how many files were removed
     */
    int removeOlderThan(Duration age) throws IOException;
}

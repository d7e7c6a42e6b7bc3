package com.actionpack.tui.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The log file is private to its owner (0600, in a 0700 folder when the folder is made here):
 * it holds stack traces that quote emails, names and paths.
 */
final class LogFiles {

    private LogFiles() {
    }

    /** Makes sure {@code logFile} exists with mode 0600; an existing one is tightened to it. */
    static void createPrivate(Path logFile) throws IOException {
        Path folder = logFile.toAbsolutePath().getParent();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            Files.createDirectories(folder);
            return;
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        try {
            Files.createFile(logFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException exists) {
            try {
                Files.setPosixFilePermissions(logFile, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException notOurs) {
                // Someone else's file: appending may still work; its mode is theirs to set.
            }
        }
    }
}

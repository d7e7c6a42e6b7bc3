package com.actionpack.tui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An SSH session's files: a name typed in a prompt ({@link FileNames}) becomes a file in the
 * user's export folder, made on first use, and nothing else. A name that is already a link
 * or a folder there is refused, so that no write follows a link out of the folder.
 *
 * @param folders  where export folders live
 * @param folder   this user's folder, under {@code folders.root()}
 * @param scpHost  how the client reached the server, for the fetch command: a host or IP
 *                 literal and port, e.g. {@code 127.0.0.1:2222} or {@code [::1]:2222}
 * @param log      told of every file written whole (the audit entry, R21)
 */
public record ExportFolder(ExportFolders folders, Path folder, String scpHost, WriteLog log) implements SessionFiles {

    /** Where an export folder reports the files written into it. */
    @FunctionalInterface
    public interface WriteLog {

        void written(String fileName, long bytes);
    }

    public ExportFolder {
        Objects.requireNonNull(folders, "folders");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(scpHost, "scpHost");
        Objects.requireNonNull(log, "log");
    }

    /** A folder whose writes are not recorded (tests of the name rules). */
    public ExportFolder(ExportFolders folders, Path folder, String scpHost) {
        this(folders, folder, scpHost, (name, bytes) -> { });
    }

    @Override
    public void written(Path written) {
        long bytes;
        try {
            bytes = Files.size(written);
        } catch (IOException e) {
            bytes = -1;
        }
        log.written(String.valueOf(written.getFileName()), bytes);
    }

    @Override
    public Path resolve(String typed) throws FileRefused {
        String name = FileNames.check(typed);
        Path dir;
        try {
            dir = folders.ensure(folder);
        } catch (IOException e) {
            throw new FileRefused("Your export folder on the server cannot be used (" + FileNames.printable(
                    String.valueOf(e.getMessage())) + "): ask the server's operator.");
        }
        Path target = dir.resolve(name);
        if (Files.isSymbolicLink(target)) {
            throw new FileRefused("'" + FileNames.printable(name) + "' is a link; links are not followed: "
                    + "choose another name.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileRefused("'" + FileNames.printable(name) + "' is not a plain file: choose another name.");
        }
        return target;
    }

    @Override
    public String suggest(String fileName) {
        return fileName;
    }

    @Override
    public String describe(Path written) {
        return String.valueOf(written.getFileName());
    }

    @Override
    public String hint() {
        return "A file name only: it goes to your export folder; fetch it with scp or sftp.";
    }

    /** {@code scp -P PORT HOST:NAME .} ({@code -P} left out for port 22). */
    @Override
    public Optional<String> fetchCommand(Path written) {
        int colon = scpHost.lastIndexOf(':');
        String host = colon < 0 ? scpHost : scpHost.substring(0, colon);
        String port = colon < 0 ? "22" : scpHost.substring(colon + 1);
        return Optional.of("scp " + ("22".equals(port) ? "" : "-P " + port + " ") + host + ":"
                + written.getFileName() + " .");
    }
}

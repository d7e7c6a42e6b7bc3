package com.actionpack.tui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Objects;

/**
 * The export folders of SSH users: {@code <data dir>/exports/<account>/<user>/}, each made
 * (mode 0700, like every folder above it that is made here) on first use. The same folder is
 * where a session writes and what SFTP and scp serve, read-only.
 *
 * @param root {@code <data dir>/exports}, absolute
 */
public record ExportFolders(Path root) {

    public ExportFolders {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** {@code <data dir>/exports}. */
    public static ExportFolders under(Path dataDirectory) {
        return new ExportFolders(dataDirectory.resolve("exports"));
    }

    /**
     * The folder of one user of one account (not made yet). Both names are reduced to letters,
     * digits and {@code . _ @ + -}, so that no account or email can name another folder.
     *
     * @param account the account's PartnerID, or another stable name of the account
     * @param email   the user's email
     */
    public Path folderOf(String account, String email) {
        return root.resolve(segment(account)).resolve(segment(email));
    }

    static String segment(String text) {
        String safe = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._@+-]", "_");
        // "." and ".." (and names made only of dots) would leave the folder.
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" + safe : safe;
    }

    /**
     * Makes {@code folder} (which must lie under {@link #root}) and any missing parent up to
     * the data directory, 0700, refusing any of them that is a link or not a folder.
     */
    public Path ensure(Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        if (!target.startsWith(root)) {
            throw new IOException(target + " is outside " + root);
        }
        make(root.getParent());
        make(root);
        Path current = root;
        for (Path part : root.relativize(target)) {
            current = current.resolve(part);
            make(current);
        }
        return target;
    }

    /**
     * Removes every regular file under {@link #root} last modified before {@code cutoff} (links
     * are removed as links, never followed; folders stay). Does nothing when there is no root.
     *
     * @return how many files were removed
     */
    public int removeModifiedBefore(Instant cutoff) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int[] removed = {0};
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : (Iterable<Path>) all::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isDirectory() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(file)) {
                    removed[0]++;
                }
            }
        }
        return removed[0];
    }

    private static void make(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new IOException(folder + " is a link; export folders must be real folders");
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(folder + " is not a folder");
            }
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
    }
}

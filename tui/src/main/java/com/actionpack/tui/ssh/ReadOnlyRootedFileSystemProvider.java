package com.actionpack.tui.ssh;

import org.apache.sshd.common.file.root.RootedFileSystemProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.HashSet;
import java.util.Set;

/**
 * sshd's rooted file system (nothing above the root can be named), made read-only: listing and
 * reading work; creating, writing, deleting, renaming, linking and changing attributes are
 * refused with {@link AccessDeniedException}; no file is opened through a symbolic link, so a
 * link in the folder never leads out of it.
 */
final class ReadOnlyRootedFileSystemProvider extends RootedFileSystemProvider {

    private static final Set<OpenOption> WRITING = Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND,
            StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.DELETE_ON_CLOSE);

    private static AccessDeniedException readOnly(Path path) {
        return new AccessDeniedException(String.valueOf(path), null, "read-only: files can only be listed and fetched");
    }

    private static Set<OpenOption> reading(Path path, Set<? extends OpenOption> options) throws AccessDeniedException {
        for (OpenOption option : options) {
            if (WRITING.contains(option)) {
                throw readOnly(path);
            }
        }
        Set<OpenOption> safe = new HashSet<>(options);
        safe.add(StandardOpenOption.READ);
        safe.add(LinkOption.NOFOLLOW_LINKS);
        return safe;
    }

    @Override
    public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        return java.nio.channels.Channels.newInputStream(newByteChannel(path, Set.of(options)));
    }

    @Override
    public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        throw readOnly(path);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return super.newFileChannel(path, reading(path, options), attrs);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return super.newByteChannel(path, reading(path, options), attrs);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw readOnly(dir);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        throw readOnly(link);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        throw readOnly(link);
    }

    @Override
    public void delete(Path path) throws IOException {
        throw readOnly(path);
    }

    @Override
    public boolean deleteIfExists(Path path) throws IOException {
        throw readOnly(path);
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        throw readOnly(target);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        throw readOnly(source);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        throw readOnly(path);
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        for (AccessMode mode : modes) {
            if (mode == AccessMode.WRITE) {
                throw readOnly(path);
            }
        }
        super.checkAccess(path, modes);
    }
}

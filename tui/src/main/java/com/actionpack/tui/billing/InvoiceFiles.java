package com.actionpack.tui.billing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a downloaded invoice: to a temporary file in the target folder, then an atomic
 * rename, so the target is either the whole document or untouched (never half a file).
 */
final class InvoiceFiles {

    /** What happened, as the one line the screen shows. */
    record Outcome(boolean saved, String message) {
    }

    private InvoiceFiles() {
    }

    /** {@code <cwd or home>/INV-00000001.txt}: the working folder when writable, else home. */
    static Path defaultPath(String documentNumber) {
        return defaultPath(documentNumber, "txt");
    }

    /** {@code <cwd or home>/INV-00000001.<extension>}. */
    static Path defaultPath(String documentNumber, String extension) {
        Path cwd = Path.of("").toAbsolutePath();
        Path folder = Files.isDirectory(cwd) && Files.isWritable(cwd) ? cwd : Path.of(System.getProperty("user.home"));
        return folder.resolve(documentNumber + "." + extension);
    }

    /** A typed path checked like {@link #write} checks it: the path, or the one line saying what is wrong. */
    record Target(Path path, String error) {
    }

    static Target target(String typedPath) {
        Path target;
        try {
            String trimmed = typedPath == null ? "" : typedPath.strip();
            if (trimmed.isEmpty()) {
                return new Target(null, "No file name given: type a path such as ~/INV-00000001.pdf.");
            }
            if (trimmed.equals("~") || trimmed.startsWith("~/")) {
                trimmed = System.getProperty("user.home") + trimmed.substring(1);
            }
            target = Path.of(trimmed).toAbsolutePath().normalize();
        } catch (InvalidPathException bad) {
            return new Target(null, "Not a valid file path: " + bad.getInput() + ".");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return new Target(null, "Not saved, no such folder: " + folder);
        }
        if (Files.isDirectory(target)) {
            return new Target(null, "Not saved: " + target + " is a folder; add a file name.");
        }
        return new Target(target, null);
    }

    static Outcome write(String typedPath, String document) {
        Path target;
        try {
            String trimmed = typedPath == null ? "" : typedPath.strip();
            if (trimmed.isEmpty()) {
                return new Outcome(false, "No file name given: type a path such as ~/INV-00000001.txt.");
            }
            if (trimmed.equals("~") || trimmed.startsWith("~/")) {
                trimmed = System.getProperty("user.home") + trimmed.substring(1);
            }
            target = Path.of(trimmed).toAbsolutePath().normalize();
        } catch (InvalidPathException bad) {
            return new Outcome(false, "Not a valid file path: " + bad.getInput() + ".");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return new Outcome(false, "Not saved, no such folder: " + folder);
        }
        if (Files.isDirectory(target)) {
            return new Outcome(false, "Not saved: " + target + " is a folder; add a file name.");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            Files.writeString(temp, document, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Outcome(true, "Saved " + target + " (" + document.getBytes(StandardCharsets.UTF_8).length
                    + " bytes).");
        } catch (AccessDeniedException denied) {
            return new Outcome(false, "Not saved: no permission to write in " + folder + "; choose another folder.");
        } catch (FileSystemException fs) {
            return new Outcome(false, "Not saved: " + target + ": " + reason(fs) + ".");
        } catch (IOException io) {
            return new Outcome(false, "Not saved: " + target + ": " + io.getMessage() + ".");
        } finally {
            deleteQuietly(temp);
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: the temp file starts with a dot and ends in .part, never the target
        }
    }
}

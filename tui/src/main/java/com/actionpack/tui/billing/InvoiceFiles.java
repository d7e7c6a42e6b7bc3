package com.actionpack.tui.billing;

import com.actionpack.reports.spi.PrintableText;
import com.actionpack.tui.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a downloaded invoice: to a temporary file in the target folder, then an atomic
 * rename, so the target is either the whole document or untouched (never half a file), with
 * control characters in visible form ({@link PrintableText}).
 */
final class InvoiceFiles {

    /** What happened, as the one line the screen shows. */
    record Outcome(boolean saved, String message) {
    }

    private InvoiceFiles() {
    }

    /**
     * Writes {@code document} to {@code target}, replacing a file there (the caller has asked).
     *
     * @param shown how messages name the file (the session's {@code SessionFiles.describe})
     */
    static Outcome write(Path target, String shown, String text) {
        // Stored text may hold ESC, BEL or bidi overrides: a cat of the file must not drive the
        // terminal, so the file gets the visible forms every file for people uses.
        String document = PrintableText.of(text);
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return new Outcome(false, "Not saved, no such folder: " + folder + ".");
        }
        if (Files.isDirectory(target)) {
            return new Outcome(false, "Not saved: " + shown + " is a folder; add a file name.");
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
            return new Outcome(true, "Saved " + shown + " (" + document.getBytes(StandardCharsets.UTF_8).length
                    + " bytes).");
        } catch (AccessDeniedException denied) {
            return new Outcome(false, "Not saved: no permission to write in " + folder + "; choose another folder.");
        } catch (FileSystemException fs) {
            return new Outcome(false, "Not saved: " + shown + ": " + reason(fs) + ".");
        } catch (IOException io) {
            return new Outcome(false, "Not saved: " + shown + ": " + io.getMessage() + ".");
        } finally {
            deleteQuietly(temp);
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() == null ? SafeText.oneLine(e) : e.getReason();
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

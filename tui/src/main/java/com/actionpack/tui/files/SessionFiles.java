package com.actionpack.tui.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one console session's files go. Every prompt that writes a file reads what was typed
 * through {@link #resolve} and writes to the path it returns, nowhere else.
 */
public interface SessionFiles {

    /**
     * The file that {@code typed} names, absolute and normalised.
     *
     * @throws FileRefused with one line saying what is allowed, when the text is empty or names
     *                     something this session may not write (then nothing is written)
     */
    Path resolve(String typed) throws FileRefused;

    /**
     * As {@link #resolve}, and the file can be a target: its folder exists and it is not itself
     * a folder. Prompts run this before they close, so a typo keeps what was typed.
     *
     * @throws FileRefused with one line saying what failed and what to type instead
     */
    default Path target(String typed) throws FileRefused {
        Path path = resolve(typed);
        Path folder = path.getParent();
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            throw new FileRefused("Folder " + (folder == null ? "/" : describe(folder))
                    + " does not exist: type a file in a folder that exists, e.g. " + suggest(path.getFileName()
                    == null ? "report.csv" : path.getFileName().toString()) + ".");
        }
        if (java.nio.file.Files.isDirectory(path)) {
            throw new FileRefused(describe(path) + " is a folder: add a file name, e.g. "
                    + describe(path.resolve("report.csv")) + ".");
        }
        return path;
    }

    /** What the prompt offers for a file called {@code fileName}, e.g. a path or the bare name. */
    String suggest(String fileName);

    /** How messages name a file this session wrote: its path, or only its name in an export folder. */
    String describe(Path written);

    /** One short line under the prompt saying what to type and where it goes. */
    String hint();

    /**
     * The command that fetches {@code written} to the user's own machine, e.g.
     * {@code scp -P 2222 127.0.0.1:INV-00000007.txt .}; empty when the file is already there.
     */
    Optional<String> fetchCommand(Path written);

    /**
     * Called once a prompt has written {@code written} whole, for the session's record of files
     * written (an SSH session's audit entry, R21); a local console records nothing.
     */
    default void written(Path written) {
    }
}

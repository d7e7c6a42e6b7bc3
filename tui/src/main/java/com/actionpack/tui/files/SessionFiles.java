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

package com.actionpack.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The source document in the repository, read by tests that check core against it (R18, R20). */
public final class SourceDocument {

    public static final Path PATH = Path.of("..", "docs", "source", "buy-or-renew-action-pack.md");

    private SourceDocument() {
    }

    public static List<String> lines() {
        try {
            return Files.readAllLines(PATH, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("tests run from the core module directory; cannot read " + PATH.toAbsolutePath(), e);
        }
    }

    /** The lines after the {@code ## } heading that starts with {@code heading}, up to the next {@code ## } heading. */
    public static List<String> section(String heading) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines()) {
            if (line.startsWith("## ")) {
                if (in) {
                    break;
                }
                in = line.substring(3).startsWith(heading);
                continue;
            }
            if (in) {
                out.add(line);
            }
        }
        if (!in && out.isEmpty()) {
            throw new AssertionError("no section '" + heading + "' in " + PATH);
        }
        return out;
    }
}

package com.actionpack.tui.form;

import com.actionpack.tui.testing.ConsoleHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps what a test saw under target/screens, to read when a layout assertion fails. */
public final class Snapshots {

    private Snapshots() {
    }

    public static String save(String name, ConsoleHarness console) {
        String text = console.text();
        try {
            Path dir = Path.of("target", "screens");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }
}

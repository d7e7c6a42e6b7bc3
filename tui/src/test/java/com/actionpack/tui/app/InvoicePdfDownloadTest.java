package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R9: Bills and payments' Download writes the selected invoice as a PDF when the file name ends
 * in .pdf, through the app's real wiring (the invoice-pdf plugin over the signed-in admin's data
 * in a real database); pdftotext reads it back.
 */
class InvoicePdfDownloadTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("R9: Bills and payments downloads the invoice as a PDF, read back with pdftotext")
    void downloadsAPdf() throws Exception {
        AppComponent app = AppComponent.create(AppConfig.from(new CliOptions(Optional.of(dir.resolve("app.db")),
                Optional.of(dir.resolve("no-plugins")), Optional.empty(), Optional.empty()),
                new DataDirectory(dir.resolve("data")), Map.of()));
        new DemoData(app.database()).create();
        Actor admin = app.core().signIn().signIn(DemoData.DEMO_ADMIN, "test");

        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults(),
                app.workspaces().forActor(admin).get(Workspace.BILLS))) {
            console.type("d");
            assertTrue(console.shows(".txt for text, .pdf for PDF"), console.text());
            for (int i = 0; i < 300; i++) {
                console.press(KeyType.Backspace);
            }
            Path target = dir.resolve("out").resolve("invoice.pdf");
            Files.createDirectories(target.getParent());
            console.type(target.toString()).press(KeyType.Enter);
            assertTrue(console.shows("Saved " + target + " (PDF)"), console.text());

            Process text = new ProcessBuilder("pdftotext", "-enc", "UTF-8", target.toString(), "-")
                    .redirectErrorStream(true).start();
            String read = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.waitFor(30, TimeUnit.SECONDS));
            assertTrue(read.contains("INVOICE INV-00000001"), read);
            assertTrue(read.contains("Contoso Demo Partners"), read);
            try (Stream<Path> files = Files.list(target.getParent())) {
                assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
            }
        }
    }
}

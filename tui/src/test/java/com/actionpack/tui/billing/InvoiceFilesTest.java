package com.actionpack.tui.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceFilesTest {

    @Test
    @DisplayName("A text invoice file carries no terminal control: ESC, BEL, C1 and bidi overrides are written visibly")
    void controlsAreWrittenVisibly(@TempDir Path dir) throws Exception {
        String document = "INVOICE INV-1\nSold to:  Evil\u202Etxt.exe Ltd\n"
                + "          1 Main St\u001B[2J\u0007 \u009B31m\u2066x\u2069\nTotal:    EUR 1.00\n";
        Path target = dir.resolve("INV-1.txt");
        InvoiceFiles.Outcome outcome = InvoiceFiles.write(target, "INV-1.txt", document);
        assertTrue(outcome.saved(), outcome.message());

        String written = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(written.codePoints().noneMatch(cp -> (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)), written);
        assertTrue(written.contains("1 Main St\u241B[2J\u2407 \uFFFD31m<U+2066>x<U+2069>"), written);
        assertTrue(written.contains("Evil<U+202E>txt.exe Ltd"), written);
        assertEquals(document.lines().count(), written.lines().count(), "lines stay lines");
        assertTrue(outcome.message().contains(Files.size(target) + " bytes"), outcome.message());
    }
}

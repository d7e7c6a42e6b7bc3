package com.actionpack.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/DOMAIN.md, the rules every test cites, points at files the project has. */
class DomainDocumentTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    @DisplayName("R20 R18: every file docs/DOMAIN.md links to exists in the project (the source is docs/source/...)")
    void linksResolve() throws IOException {
        String text = Files.readString(DOCS.resolve("DOMAIN.md"));
        Matcher link = Pattern.compile("]\\(([^)#]+)\\)").matcher(text);
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(Files.isRegularFile(DOCS.resolve(link.group(1))), "docs/DOMAIN.md links to a missing " + link.group(1));
        }
        assertTrue(text.contains("](source/buy-or-renew-action-pack.md)"), "the source is linked");
        assertTrue(links >= 1);
    }

    @Test
    @DisplayName("R4a R22: the project's DOMAIN.md carries Revision 2 with every rule id of it")
    void revisionTwo() throws IOException {
        String text = Files.readString(DOCS.resolve("DOMAIN.md"));
        assertTrue(text.contains("## Revision 2"));
        for (String id : new String[] {"R4a", "R7a", "R8a", "R9a", "R10a", "R11a", "R12a", "R13a", "R14a", "R17a", "R18a",
            "R20a", "R22", "R23"}) {
            assertTrue(text.contains("**" + id + " "), id);
        }
    }
}

package com.actionpack.core.usecase.faq;

import com.actionpack.core.faq.FaqEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * In-port: the source's FAQ, browsable and searchable (R20). The text is the source's own,
 * kept as a resource and turned from Markdown into plain text once at construction.
 */
public final class FaqService {

    private final List<FaqEntry> entries;

    public FaqService() {
        this(readResource("faq.md"));
    }

    FaqService(String markdown) {
        this.entries = parse(markdown);
    }

    public List<FaqEntry> all() {
        return entries;
    }

    /** Entries whose question or answer contains every word of {@code query}, case-insensitive. */
    public List<FaqEntry> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return entries.stream().filter(e -> {
            String text = (e.question() + " " + e.answer()).toLowerCase(Locale.ROOT);
            return Arrays.stream(words).allMatch(text::contains);
        }).toList();
    }

    static List<FaqEntry> parse(String markdown) {
        List<FaqEntry> result = new ArrayList<>();
        String question = null;
        StringBuilder answer = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            if (line.startsWith("### ")) {
                if (question != null) {
                    result.add(new FaqEntry(question, answer.toString().strip()));
                }
                question = plain(line.substring(4));
                answer.setLength(0);
            } else if (question != null) {
                answer.append(plain(line)).append('\n');
            }
        }
        if (question != null) {
            result.add(new FaqEntry(question, answer.toString().strip()));
        }
        return List.copyOf(result);
    }

    /** Links keep their text, emphasis and note markers go: the answer reads as prose. */
    static String plain(String markdown) {
        return markdown
                .replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1")
                .replaceAll("^>\\s*\\[!(?i:note)]\\s*$", "Note:")
                .replaceAll("^>\\s?", "")
                .replace("**", "")
                .stripTrailing();
    }

    private static String readResource(String name) {
        try (InputStream in = FaqService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("FAQ resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

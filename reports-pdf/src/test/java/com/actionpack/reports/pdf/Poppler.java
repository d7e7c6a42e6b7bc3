package com.actionpack.reports.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm), as a reader's tools would. */
final class Poppler {

    private Poppler() {
    }

    static String text(Path pdf) throws Exception {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString());
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    /** The text of one page (1-based). */
    static String pageText(Path pdf, int page) throws Exception {
        Path txt = pdf.resolveSibling(pdf.getFileName() + "." + page + ".txt");
        run("pdftotext", "-enc", "UTF-8", "-f", Integer.toString(page), "-l", Integer.toString(page), pdf.toString(),
                txt.toString());
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    static int pages(Path pdf) throws Exception {
        for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).strip());
            }
        }
        throw new AssertionError("pdfinfo printed no page count");
    }

    /** Renders page 1 to {@code <prefix>-1.png} (pdftoppm adds the page number). */
    static Path firstPagePng(Path pdf, Path prefix) throws Exception {
        run("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", pdf.toString(), prefix.toString());
        try (var files = Files.list(prefix.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix.getFileName() + "-")
                    && p.toString().endsWith(".png")).findFirst().orElseThrow();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output
                    + " (poppler-utils is installed by .ci/run)");
        }
        return output;
    }
}

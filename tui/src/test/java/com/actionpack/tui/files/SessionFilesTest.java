package com.actionpack.tui.files;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one file-name check of confined sessions, and the two kinds of session files. */
class SessionFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"/etc/x", "../../x", "a/b", "a\\b", "..", ".", ".hidden", "~", "~/x", "-rf", "",
            "   ", "CON", "nul.txt", "Com1.csv", "a b", "x\u0000y", "x\u001b[31m", "a:b", "*"})
    @DisplayName("Paths, '..', hidden and option-like names, device names and control characters are refused,"
            + " each with one line that says what is allowed")
    void refused(String typed) {
        FileRefused refused = assertThrows(FileRefused.class, () -> FileNames.check(typed));
        assertTrue(refused.getMessage().contains(FileNames.ALLOWED), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count());
        assertFalse(refused.getMessage().chars().anyMatch(Character::isISOControl), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.csv", "INV-00000007.txt", "invoices-2026-11-30.csv", "Ärger_1+2.txt", "7"})
    void accepted(String typed) throws FileRefused {
        assertEquals(typed, FileNames.check(" " + typed + " "));
    }

    @Test
    void aNameTooLongIsRefused() {
        assertThrows(FileRefused.class, () -> FileNames.check("a".repeat(FileNames.MAX_LENGTH + 1)));
    }

    @Test
    @DisplayName("An export folder is made 0700 on first use; a link in it, or a link instead of it, is refused")
    void exportFolder() throws Exception {
        ExportFolders folders = ExportFolders.under(dir.resolve("data"));
        Path mine = folders.folderOf("4000002", "Ann@Contoso.example");
        ExportFolder files = new ExportFolder(folders, mine, "127.0.0.1:2222");
        assertFalse(Files.exists(mine));
        Path target = files.resolve("report.csv");
        assertEquals(dir.resolve("data/exports/4000002/ann@contoso.example/report.csv"), target);
        for (Path made : new Path[] {dir.resolve("data/exports"), dir.resolve("data/exports/4000002"), mine}) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)), made.toString());
        }
        assertEquals("scp -P 2222 127.0.0.1:report.csv .", files.fetchCommand(target).orElseThrow());
        assertEquals("scp [::1]:report.csv .", new ExportFolder(folders, mine, "[::1]:22").fetchCommand(target).orElseThrow());

        Files.createSymbolicLink(mine.resolve("out.csv"), dir.resolve("elsewhere.csv"));
        assertTrue(assertThrows(FileRefused.class, () -> files.resolve("out.csv")).getMessage().contains("is a link"));
        Files.createDirectory(mine.resolve("sub"));
        assertThrows(FileRefused.class, () -> files.resolve("sub"));

        Path linked = folders.folderOf("4000003", "bob@contoso.example");
        Files.createDirectories(linked.getParent());
        Files.createSymbolicLink(linked, dir);
        assertTrue(assertThrows(FileRefused.class, () -> new ExportFolder(folders, linked, "h:22").resolve("x.csv"))
                .getMessage().contains("cannot be used"));
    }

    @Test
    @DisplayName("Account and email cannot name another folder: separators and dot-only names are neutralised")
    void folderNamesStayInside() {
        ExportFolders folders = ExportFolders.under(dir);
        assertEquals(dir.resolve("exports/_../_.."), folders.folderOf("..", ".."));
        assertEquals(dir.resolve("exports/a_b/c_d"), folders.folderOf("a/b", "c\\d"));
    }

    @Test
    @DisplayName("A local console keeps free paths: ~ and relative paths start in the home folder")
    void localFiles() throws FileRefused {
        LocalFiles local = new LocalFiles(Path.of("/home/ada"));
        assertEquals(Path.of("/home/ada/out/x.csv"), local.resolve("~/out/x.csv"));
        assertEquals(Path.of("/etc/x"), local.resolve("/etc/x"));
        assertEquals("/home/ada/x.csv", local.suggest("x.csv"));
        assertTrue(local.fetchCommand(Path.of("/home/ada/x.csv")).isEmpty());
    }
}

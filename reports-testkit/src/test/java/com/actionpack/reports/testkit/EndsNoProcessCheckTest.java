package com.actionpack.reports.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ReportType;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit tells a plugin's author what the app's loader would refuse: a real report type,
 * compiled by javac in the test, that calls System.exit from its run method.
 */
class EndsNoProcessCheckTest {

    private static final String EXITING = """
            package author;

            import com.actionpack.reports.spi.*;
            import java.io.OutputStream;
            import java.util.List;

            public final class Exiting implements ReportType {
                public String id() { return "exiting"; }
                public String title() { return "Exits"; }
                public String description() { return "Ends the process when it is done."; }
                public List<String> formats() { return List.of("txt"); }
                public void run(ReportRequest request, ReportData data, OutputStream out, ProgressListener progress) {
                    System.exit(0);
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void allRefusesAReportTypeWhoseClassesCallSystemExitBeforeRunningIt() throws Exception {
        Path classes = compile(EXITING);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            ReportType exiting = (ReportType) loader.loadClass("author.Exiting").getConstructor().newInstance();

            // all() runs the report after this check: were the check missing, this JVM would end here.
            AssertionError e = assertThrows(AssertionError.class, () -> ReportChecks.all(exiting));
            assertEquals("the app would refuse to load this plugin: 1 call(s) that would end the process; a plugin"
                    + " must fail by throwing an exception:\n  author.Exiting.run calls System.exit, which would end"
                    + " the app and every session in it", e.getMessage());
        }
        AssertionError onFolder = assertThrows(AssertionError.class, () -> ReportChecks.endsNoProcess(classes));
        assertTrue(onFolder.getMessage().contains("author.Exiting.run calls System.exit"), onFolder.getMessage());
    }

    @Test
    void aWellBehavedReportPassesOnItsOwnClasses() throws Exception {
        Path classes = compile(EXITING.replace("System.exit(0);", "throw new IllegalStateException(\"exit\");"));
        assertDoesNotThrow(() -> ReportChecks.endsNoProcess(classes));
    }

    private Path compile(String source) throws Exception {
        Path file = work.resolve("src/author/Exiting.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String spi = Path.of(ReportType.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        StringWriter errors = new StringWriter();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        };
        int status = ToolProvider.getSystemJavaCompiler().run(null, sink, sink, List.of("--release", "17",
                "-proc:none", "-cp", spi, "-d", classes.toString(), file.toString()).toArray(String[]::new));
        assertEquals(0, status, errors::toString);
        return classes;
    }
}

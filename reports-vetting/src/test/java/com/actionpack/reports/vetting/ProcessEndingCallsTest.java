package com.actionpack.reports.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real class files compiled by javac in the test, read back from a folder and from a jar. */
class ProcessEndingCallsTest {

    @TempDir
    Path work;

    @Test
    void everyProcessEndingCallIsFoundWithItsClassAndMethod() throws IOException {
        Path classes = compile("""
                package p;
                import java.util.function.IntConsumer;
                public class Rogue {
                    void direct() { System.exit(3); }
                    void viaRuntime() { Runtime.getRuntime().halt(1); Runtime.getRuntime().exit(2); }
                    IntConsumer reference() { return System::exit; }
                    Runnable lambda() { return () -> System.exit(4); }
                    void nativeCode() { System.loadLibrary("evil"); Runtime.getRuntime().load("/x.so"); }
                    void program() throws Exception { new ProcessBuilder("kill", "1").start(); Runtime.getRuntime().exec("kill 1"); }
                    void parent() { ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly); }
                }
                """);
        List<String> lines = ProcessEndingCalls.in(classes).stream().map(ProcessEndingCall::line).toList();

        assertTrue(lines.contains("p.Rogue.direct calls System.exit, which would end the app and every session in it"),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.viaRuntime calls Runtime.halt,")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.viaRuntime calls Runtime.exit,")), lines::toString);
        // A method reference is an invokedynamic whose bootstrap argument is a handle to System.exit.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.reference calls System.exit,")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.lambda$lambda$0 calls System.exit,")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.nativeCode calls System.loadLibrary,")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.nativeCode calls Runtime.load,")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.program calls ProcessBuilder.start,")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.program calls Runtime.exec,")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("p.Rogue.parent calls ProcessHandle.destroyForcibly,")),
                lines::toString);
        assertEquals(10, lines.size(), lines::toString);
    }

    @Test
    void aPluginThatOnlyComputesAndThrowsHasNone() throws IOException {
        Path classes = compile("""
                package p;
                public class Good {
                    long total(long[] amounts) { long t = 0; for (long a : amounts) t += a; return t; }
                    void fail() { throw new IllegalStateException("exit"); }
                    Runtime runtime() { return Runtime.getRuntime(); }
                    int cpus() { return Runtime.getRuntime().availableProcessors(); }
                    String exitCode() { return System.getProperty("exit"); }
                }
                """);
        assertEquals(List.of(), ProcessEndingCalls.in(classes));
    }

    @Test
    void aJarIsReadEntryByEntryMultiReleaseVersionsIncluded() throws IOException {
        Path classes = compile("""
                package p;
                public class Hidden { static { System.exit(9); } }
                """);
        Path jar = work.resolve("plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/versions/17/p/Hidden.class"));
            out.write(Files.readAllBytes(classes.resolve("p/Hidden.class")));
            out.closeEntry();
        }
        List<ProcessEndingCall> found = ProcessEndingCalls.in(jar);
        assertEquals(List.of(new ProcessEndingCall("p.Hidden", "<clinit>", "System.exit",
                "which would end the app and every session in it")), found);
        assertEquals("p.Hidden.<clinit> calls System.exit, which would end the app and every session in it",
                ProcessEndingCalls.summary(found));
    }

    @Test
    void aDamagedClassFileCannotBeVettedAndSaysWhich() throws IOException {
        Path jar = work.resolve("damaged.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("p/Broken.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 99});
            out.closeEntry();
        }
        IOException e = assertThrows(IOException.class, () -> ProcessEndingCalls.in(jar));
        assertTrue(e.getMessage().startsWith("class file p/Broken.class cannot be read"), e.getMessage());
    }

    @Test
    void theSummaryCountsTheRest() {
        ProcessEndingCall call = new ProcessEndingCall("p.A", "run", "System.exit", "which would end the app");
        assertEquals("p.A.run calls System.exit, which would end the app (and 2 more such calls)",
                ProcessEndingCalls.summary(List.of(call, call, call)));
        assertEquals("p.A.run calls System.exit, which would end the app (and 1 more such call)",
                ProcessEndingCalls.summary(List.of(call, call)));
    }

    private Path compile(String source) throws IOException {
        String name = source.substring(source.indexOf("class ") + 6).split("[ {]")[0];
        Path file = work.resolve("src/p/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(work.resolve("classes-" + name));
        StringWriter errors = new StringWriter();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        };
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
                file.toString()));
        int status = ToolProvider.getSystemJavaCompiler().run(null, sink, sink, args.toArray(String[]::new));
        assertEquals(0, status, errors::toString);
        try (Stream<Path> walk = Files.walk(classes)) {
            assertTrue(walk.anyMatch(p -> p.toString().endsWith(".class")));
        }
        return classes;
    }
}

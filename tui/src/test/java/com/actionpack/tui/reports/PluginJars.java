package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ReportPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds real plugin jars in a test: compiles sources against the SPI with javac, then jars them. */
final class PluginJars {

    static final String SERVICES = "META-INF/services/" + ReportPlugin.class.getName();

    private PluginJars() {
    }

    /** Compiles {@code sources} (class name to source text) into a new folder under {@code work}. */
    static Path compile(Path work, Map<String, String> sources) throws IOException {
        return compile(work, sources, spiLocation());
    }

    /** Compiles {@code sources} against {@code classpath} (say, an older SPI's classes). */
    static Path compile(Path work, Map<String, String> sources, String classpath) throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        return compileFiles(work, files, classpath);
    }

    /** Compiles every .java file under {@code sourceRoot}. */
    static Path compileTree(Path work, Path sourceRoot) throws IOException {
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            return compileFiles(work, walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList(),
                    spiLocation());
        }
    }

    /** Compiles every .java file under {@code sourceRoot} with nothing else on the class path. */
    static Path compileAlone(Path work, Path sourceRoot) throws IOException {
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            return compileFiles(work, walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList(), "");
        }
    }

    private static Path compileFiles(Path work, List<String> files, String classpath) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath", classpath,
                "-d", classes.toString()));
        args.addAll(files);
        StringWriter errors = new StringWriter();
        int status = javac.run(null, new WriterStream(errors), new WriterStream(errors), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test plugin does not compile: " + errors);
        }
        return classes;
    }

    /**
     * Jars the classes whose names start with one of {@code packagePrefixes} (as paths, e.g.
     * "fixture/good/"), with the given services file content (null: no services file).
     */
    static Path jar(Path jar, Path classes, List<String> packagePrefixes, String services) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (packagePrefixes.stream().anyMatch(name::startsWith)) {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
            if (services != null) {
                out.putNextEntry(new JarEntry(SERVICES));
                out.write(services.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String spiLocation() {
        try {
            return Path.of(ReportPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** javac's run() wants streams; keep its messages for the failure text. */
    private static final class WriterStream extends OutputStream {
        private final StringWriter writer;

        WriterStream(StringWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b);
        }
    }
}

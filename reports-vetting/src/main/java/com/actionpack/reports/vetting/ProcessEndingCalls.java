package com.actionpack.reports.vetting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads a report plugin's class files (a jar, or a folder of classes) for calls that could end
 * the process the plugin runs in: under {@code actionpack serve} that process is the server, and
 * ending it ends every SSH session. The app refuses a plugin jar holding any of them before a
 * class of it is loaded; the test kit's {@code ReportChecks} tells the plugin's author first.
 *
 * <p>What counts (every overload, every descriptor):
 * <ul>
 *   <li>{@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}: end the process;</li>
 *   <li>{@code sun.misc.Signal.raise} (and the JDK-internal twin): a signal such as TERM or KILL
 *       to the app's own process ends it;</li>
 *   <li>{@code System.load}, {@code System.loadLibrary}, {@code Runtime.load},
 *       {@code Runtime.loadLibrary}: native code can call the C library's {@code exit} or
 *       crash the process, and no Java guard sees it;</li>
 *   <li>{@code Runtime.exec}, {@code ProcessBuilder.start}, {@code ProcessBuilder.startPipeline}:
 *       a program started on the host can signal the app ({@code kill});</li>
 *   <li>{@code ProcessHandle.destroy}, {@code ProcessHandle.destroyForcibly}: they end other
 *       processes, the app's parent among them (a terminal's shell whose end hangs the app up).</li>
 * </ul>
 * A call counts wherever the bytecode names it: an invoke instruction, a method reference
 * ({@code System::exit}, an invokedynamic bootstrap argument) or a method handle constant.
 * Every {@code .class} entry is read, multi-release versions under {@code META-INF/versions}
 * included, since any of them may be loaded.
 *
 * <p>What it cannot see: a call made by reflection or a method handle looked up by name
 * ({@code Class.forName("java.lang.System").getMethod("exit", ...)}), or classes made at run
 * time. Those are not stopped; the app's shutdown hook still removes a running report's
 * partial file and logs which plugin was running.
 *
 * <p>Stateless; safe from any thread.
 *
 * @since 1.1
 */
public final class ProcessEndingCalls {

    private static final String ENDS = "which would end the app and every session in it";
    private static final String NATIVE = "whose native code could end the app and every session in it";
    private static final String SIGNAL = "which can end the app and every session in it";
    private static final String PROGRAM = "which starts a program on the host that could end the app";
    private static final String OTHER = "which can end another process on the host, the app's parent (and so the app) included";

    /** Internal class name, then method name, to {the call as written in Java, why it is refused}. */
    private static final Map<String, Map<String, String[]>> REFUSED = Map.of(
            "java/lang/System", Map.of(
                    "exit", new String[] {"System.exit", ENDS},
                    "load", new String[] {"System.load", NATIVE},
                    "loadLibrary", new String[] {"System.loadLibrary", NATIVE}),
            "java/lang/Runtime", Map.of(
                    "exit", new String[] {"Runtime.exit", ENDS},
                    "halt", new String[] {"Runtime.halt", ENDS},
                    "load", new String[] {"Runtime.load", NATIVE},
                    "loadLibrary", new String[] {"Runtime.loadLibrary", NATIVE},
                    "exec", new String[] {"Runtime.exec", PROGRAM}),
            "java/lang/ProcessBuilder", Map.of(
                    "start", new String[] {"ProcessBuilder.start", PROGRAM},
                    "startPipeline", new String[] {"ProcessBuilder.startPipeline", PROGRAM}),
            "java/lang/ProcessHandle", Map.of(
                    "destroy", new String[] {"ProcessHandle.destroy", OTHER},
                    "destroyForcibly", new String[] {"ProcessHandle.destroyForcibly", OTHER}),
            "sun/misc/Signal", Map.of("raise", new String[] {"Signal.raise", SIGNAL}),
            "jdk/internal/misc/Signal", Map.of("raise", new String[] {"Signal.raise", SIGNAL}));

    private ProcessEndingCalls() {
    }

    /**
     * Reads a plugin jar, or a folder of class files (a build's {@code target/classes}).
     *
     * @param jarOrFolder a jar file or a folder; not null
     * @return every call found, in entry order (empty when there is none)
     * @throws IOException when the jar or a class file in it cannot be read; a plugin that
     *                     cannot be read cannot be vetted
     */
    public static List<ProcessEndingCall> in(Path jarOrFolder) throws IOException {
        return Files.isDirectory(jarOrFolder) ? inFolder(jarOrFolder) : inJar(jarOrFolder);
    }

    private static List<ProcessEndingCall> inJar(Path jar) throws IOException {
        List<ProcessEndingCall> found = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        found.addAll(read(entry.getName(), in.readAllBytes()));
                    }
                }
            }
        }
        return found;
    }

    private static List<ProcessEndingCall> inFolder(Path folder) throws IOException {
        List<ProcessEndingCall> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p))
                    .sorted().toList()) {
                found.addAll(read(folder.relativize(file).toString(), Files.readAllBytes(file)));
            }
        }
        return found;
    }

    /**
     * Reads one class file.
     *
     * @param classFile the bytes of a {@code .class} file
     * @return every call found in it
     * @throws IllegalArgumentException when the bytes are not a class file ASM can read
     */
    public static List<ProcessEndingCall> inClass(byte[] classFile) {
        List<ProcessEndingCall> found = new ArrayList<>();
        new ClassReader(classFile).accept(new Finder(found), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found;
    }

    private static List<ProcessEndingCall> read(String entry, byte[] bytes) throws IOException {
        try {
            return inClass(bytes);
        } catch (RuntimeException e) {
            // ASM throws IllegalArgumentException or an index error on a damaged class file.
            throw new IOException("class file " + entry + " cannot be read (" + e + ")", e);
        }
    }

    /**
     * The refusal of a plugin holding {@code calls}, as one line: the first call and how many more.
     *
     * @param calls what {@link #in} found; not empty
     * @return e.g. {@code rogue.Rogue.run calls System.exit, which would end the app and every
     *         session in it (and 2 more such calls)}
     */
    public static String summary(List<ProcessEndingCall> calls) {
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("no call to summarise");
        }
        String first = calls.get(0).line();
        return calls.size() == 1 ? first : first + " (and " + (calls.size() - 1) + " more such call"
                + (calls.size() == 2 ? "" : "s") + ")";
    }

    private static String[] refused(String owner, String name) {
        Map<String, String[]> methods = REFUSED.get(owner);
        return methods == null ? null : methods.get(name);
    }

    /** Visits every method's instructions, noting refused calls with the method they are in. */
    private static final class Finder extends ClassVisitor {
        private final List<ProcessEndingCall> found;
        private String className;

        Finder(List<ProcessEndingCall> found) {
            super(Opcodes.ASM9);
            this.found = found;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = name.replace('/', '.');
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            String method = name;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
                    note(method, owner, callee);
                }

                @Override
                public void visitInvokeDynamicInsn(String callee, String desc, Handle bootstrap, Object... args) {
                    constant(method, bootstrap);
                    for (Object arg : args) {
                        constant(method, arg);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(method, value);
                }
            };
        }

        private void constant(String method, Object value) {
            if (value instanceof Handle handle) {
                note(method, handle.getOwner(), handle.getName());
            } else if (value instanceof ConstantDynamic dynamic) {
                constant(method, dynamic.getBootstrapMethod());
                for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                    constant(method, dynamic.getBootstrapMethodArgument(i));
                }
            }
        }

        private void note(String method, String owner, String callee) {
            String[] call = refused(owner, callee);
            if (call != null) {
                found.add(new ProcessEndingCall(className, method, call[0], call[1]));
            }
        }
    }
}

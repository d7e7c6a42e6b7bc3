package com.actionpack.tui.reports;

import com.actionpack.tui.text.SafeText;
import com.actionpack.reports.spi.ReportPlugin;
import com.actionpack.reports.spi.ReportType;
import com.actionpack.reports.vetting.ProcessEndingCall;
import com.actionpack.reports.vetting.ProcessEndingCalls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds report plugins with {@link ServiceLoader}: those on the app's class path, then one per
 * jar in the plugins folder, each jar in its own class loader whose parent is the app's (so
 * plugins share the SPI classes and cannot see one another). Whatever fails (an unreadable
 * jar, a missing class, a constructor that throws, an SPI version that does not fit, a
 * duplicate report id) becomes a {@link PluginProblem} and the rest go on loading.
 *
 * <p>A jar is read before any class of it is loaded: one whose bytecode calls what would end the
 * process ({@link ProcessEndingCalls}: {@code System.exit}, {@code Runtime.halt}, native code,
 * starting programs) is refused, naming the plugin class and the call, because under
 * {@code serve} ending the process ends every SSH session. Every problem is also logged, one line each.
 */
public final class PluginLoader {

    /** Where a plugin came from when it is on the app's class path. */
    public static final String CLASS_PATH = "class path";

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);
    private static final String SERVICES_FILE = "META-INF/services/" + ReportPlugin.class.getName();
    /** A guard against a provider iterator that keeps failing on the same entry. */
    private static final int MAX_PROVIDERS_PER_SOURCE = 1000;

    private final ClassLoader appLoader;
    private final SpiCompatibility compatibility;

    public PluginLoader(ClassLoader appLoader) {
        this(appLoader, SpiCompatibility.current());
    }

    PluginLoader(ClassLoader appLoader, SpiCompatibility compatibility) {
        this.appLoader = appLoader;
        this.compatibility = compatibility;
    }

    /** @param pluginsDir the plugins folder; it may be null or missing, which means no plugin jars */
    public PluginCatalog load(Path pluginsDir) {
        Accumulator found = new Accumulator();
        loadFrom(ServiceLoader.load(ReportPlugin.class, appLoader), appLoader, CLASS_PATH, found);
        List<URLClassLoader> loaders = new ArrayList<>();
        for (Path jar : jars(pluginsDir, found)) {
            String origin = jar.getFileName().toString();
            String invalid = invalidJar(jar);
            if (invalid != null) {
                found.problem(origin, invalid);
                continue;
            }
            String unsafe = processEnding(jar);
            if (unsafe != null) {
                found.problem(origin + pluginClasses(jar), unsafe);
                continue;
            }
            URLClassLoader loader;
            try {
                loader = new URLClassLoader("plugin " + origin, new URL[] {jar.toUri().toURL()}, appLoader);
            } catch (MalformedURLException e) {
                found.problem(origin, "cannot be opened: " + SafeText.oneLine(e));
                continue;
            }
            int pluginsBefore = found.pluginCount;
            int problemsBefore = found.problems.size();
            loadFrom(ServiceLoader.load(ReportPlugin.class, loader), loader, origin, found);
            if (found.pluginCount == pluginsBefore && found.problems.size() == problemsBefore) {
                found.problem(origin, "holds no report plugin: add " + SERVICES_FILE
                        + " naming your ReportPlugin class");
            }
            loaders.add(loader);
        }
        for (PluginProblem problem : found.problems) {
            LOG.warn("{}", problem.line());
        }
        return new PluginCatalog(found.reports, found.problems, loaders);
    }

    /** Null when nothing in the jar's bytecode could end the process, else the refusal. */
    private static String processEnding(Path jar) {
        try {
            List<ProcessEndingCall> calls = ProcessEndingCalls.in(jar);
            return calls.isEmpty() ? null : "refused: " + ProcessEndingCalls.summary(calls)
                    + "; a plugin must fail by throwing an exception, never end the process";
        } catch (IOException e) {
            return "refused: its classes cannot be checked: " + SafeText.oneLine(e.getMessage());
        }
    }

    /** " (com.example.Plugin)": the plugin classes its services file names, read without loading them. */
    private static String pluginClasses(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry services = file.getEntry(SERVICES_FILE);
            if (services == null) {
                return "";
            }
            try (InputStream in = file.getInputStream(services)) {
                List<String> names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
                return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
            }
        } catch (IOException e) {
            return "";
        }
    }

    private static List<Path> jars(Path dir, Accumulator found) {
        List<Path> jars = new ArrayList<>();
        if (dir == null || !Files.exists(dir)) {
            return jars;
        }
        if (!Files.isDirectory(dir)) {
            found.problem(dir.toString(), "plugins folder is not a folder");
            return jars;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    jars.add(entry);
                }
            }
        } catch (IOException e) {
            found.problem(dir.toString(), "plugins folder cannot be read: " + SafeText.oneLine(e));
        }
        jars.sort(null);
        return jars;
    }

    /** A jar the JDK cannot open is skipped silently by URLClassLoader: say so instead. */
    private static String invalidJar(Path jar) {
        try (JarFile ignored = new JarFile(jar.toFile())) {
            return null;
        } catch (IOException | SecurityException e) {
            return "is not a valid jar file (" + SafeText.oneLine(e) + ")";
        }
    }

    private void loadFrom(ServiceLoader<ReportPlugin> services, ClassLoader owner, String origin, Accumulator found) {
        Iterator<ServiceLoader.Provider<ReportPlugin>> providers = services.stream().iterator();
        for (int i = 0; i < MAX_PROVIDERS_PER_SOURCE; i++) {
            ServiceLoader.Provider<ReportPlugin> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                found.problem(origin, "a plugin class cannot be loaded: " + SafeText.oneLine(rootCause(e)));
                continue;
            }
            // A jar's loader also sees the class path's plugins through its parent: skip those.
            if (provider.type().getClassLoader() != owner && owner != appLoader) {
                continue;
            }
            load(provider, origin, found);
        }
    }

    private void load(ServiceLoader.Provider<ReportPlugin> provider, String origin, Accumulator found) {
        String className = provider.type().getName();
        String name = className;
        try {
            ReportPlugin plugin = provider.get();
            name = plugin.name();
            String refusal = compatibility.refusal(plugin.spiVersion());
            if (refusal != null) {
                found.problem(label(origin, name), "refused: plugin '" + SafeText.oneLine(name) + "' " + refusal);
                return;
            }
            List<InstalledReport> offered = new ArrayList<>();
            for (ReportType type : plugin.reportTypes()) {
                offered.add(InstalledReport.of(type, name, origin));
            }
            found.pluginCount++;
            for (InstalledReport report : offered) {
                found.add(report, label(origin, name));
            }
        } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
            found.problem(label(origin, name), "failed to load: " + SafeText.oneLine(rootCause(e)));
        }
    }

    private static String label(String origin, String pluginName) {
        return CLASS_PATH.equals(origin) ? pluginName : origin + " (" + pluginName + ")";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? e : cause;
    }

    /** What has been found so far; report ids are unique, first come first kept. */
    private static final class Accumulator {
        final List<InstalledReport> reports = new ArrayList<>();
        final List<PluginProblem> problems = new ArrayList<>();
        final Map<String, InstalledReport> byId = new HashMap<>();
        int pluginCount;

        void add(InstalledReport report, String source) {
            InstalledReport first = byId.putIfAbsent(report.id(), report);
            if (first != null) {
                problem(source, "report '" + report.id() + "' ignored: plugin '" + first.plugin()
                        + "' (" + first.origin() + ") already offers that id");
                return;
            }
            reports.add(report);
        }

        void problem(String source, String message) {
            problems.add(new PluginProblem(source, message));
        }
    }
}

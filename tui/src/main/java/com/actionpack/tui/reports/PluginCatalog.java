package com.actionpack.tui.reports;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;

/**
 * The report types found at start-up and the problems met on the way. Holds the plugin jars'
 * class loaders open, since report types run from them: close it when the app ends.
 */
public final class PluginCatalog implements AutoCloseable {

    private final List<InstalledReport> reports;
    private final List<PluginProblem> problems;
    private final List<URLClassLoader> loaders;

    PluginCatalog(List<InstalledReport> reports, List<PluginProblem> problems, List<URLClassLoader> loaders) {
        this.reports = List.copyOf(reports);
        this.problems = List.copyOf(problems);
        this.loaders = List.copyOf(loaders);
    }

    /** Report types in discovery order: the class path first, then jars by file name. */
    public List<InstalledReport> reports() {
        return reports;
    }

    public List<PluginProblem> problems() {
        return problems;
    }

    public Optional<InstalledReport> find(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // Closing only releases jar file handles; nothing to tell the user.
            }
        }
    }
}

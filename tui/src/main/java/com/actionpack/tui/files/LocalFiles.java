package com.actionpack.tui.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local console's files: any path the user types (they own the machine). {@code ~} and
 * {@code ~/...} mean the home folder, and a relative path starts there too, not in the
 * process's working folder.
 *
 * @param home the user's home folder, absolute
 */
public record LocalFiles(Path home) implements SessionFiles {

    public LocalFiles {
        Objects.requireNonNull(home, "home");
    }

    /**
     * The one source of a local console's folder for every save prompt (Bills' downloads, report
     * files): the home folder of the person at the console as their shell knows it, {@code $HOME},
     * else (unset, blank, relative or not a path) the JVM's {@code user.home}. An SSH session
     * never comes here: its files are its {@link ExportFolder}.
     *
     * @param environment the process environment, e.g. {@code System.getenv()}
     */
    public static LocalFiles forUser(Map<String, String> environment) {
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            try {
                Path path = Path.of(home);
                if (path.isAbsolute()) {
                    return new LocalFiles(path.normalize());
                }
            } catch (InvalidPathException e) {
                // not a path: the JVM's idea of home below
            }
        }
        return new LocalFiles(Path.of(System.getProperty("user.home")));
    }

    @Override
    public Path resolve(String typed) throws FileRefused {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new FileRefused("File is empty: type the file to write, e.g. " + home.resolve("report.csv"));
        }
        try {
            Path path;
            if (text.equals("~")) {
                path = home;
            } else if (text.startsWith("~/")) {
                path = home.resolve(text.substring(2));
            } else {
                path = home.resolve(text);
            }
            return path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new FileRefused("File '" + FileNames.printable(text) + "' is not a valid path: " + e.getReason());
        }
    }

    @Override
    public String suggest(String fileName) {
        return home.resolve(fileName).toString();
    }

    @Override
    public String describe(Path written) {
        return written.toString();
    }

    @Override
    public String hint() {
        return "Relative paths start in your home folder. Written whole or not at all.";
    }

    @Override
    public Optional<String> fetchCommand(Path written) {
        return Optional.empty();
    }
}

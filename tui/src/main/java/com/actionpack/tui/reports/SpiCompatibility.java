package com.actionpack.tui.reports;

import com.actionpack.reports.spi.ReportPlugin;

/**
 * The version rule: a plugin built for SPI {@code M.n} runs on an app with SPI {@code M.m}
 * when {@code n <= m}. A new minor version only adds; a new major version may break.
 */
final class SpiCompatibility {

    private final int major;
    private final int minor;

    SpiCompatibility(String appVersion) {
        int[] parts = parse(appVersion);
        if (parts == null) {
            throw new IllegalArgumentException("bad SPI version " + appVersion);
        }
        this.major = parts[0];
        this.minor = parts[1];
    }

    static SpiCompatibility current() {
        return new SpiCompatibility(ReportPlugin.SPI_VERSION);
    }

    /** Null when a plugin built for {@code pluginVersion} may run here, else why not. */
    String refusal(String pluginVersion) {
        int[] parts = parse(pluginVersion);
        String app = major + "." + minor;
        if (parts == null) {
            return "declares SPI version '" + pluginVersion + "', which is not MAJOR.MINOR";
        }
        if (parts[0] != major) {
            return "was built for report SPI " + pluginVersion + " but this app has SPI " + app
                    + " (major versions differ): get a build of the plugin for SPI " + major + ".x";
        }
        if (parts[1] > minor) {
            return "was built for report SPI " + pluginVersion + ", newer than this app's " + app
                    + ": upgrade the app or use an older build of the plugin";
        }
        return null;
    }

    private static int[] parse(String version) {
        if (version == null || !version.matches("[0-9]{1,4}\\.[0-9]{1,4}")) {
            return null;
        }
        String[] parts = version.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}

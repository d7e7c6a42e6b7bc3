package com.actionpack.tui.reports;

import com.actionpack.tui.text.SafeText;

/**
 * A plugin or plugin jar that could not be used, for the UI to show; the others still load.
 *
 * @param source  the jar file name, or the plugin's name or class when it came from the class path
 * @param message what went wrong, already one printable line
 */
public record PluginProblem(String source, String message) {

    public PluginProblem {
        source = SafeText.oneLine(source);
        message = SafeText.oneLine(message);
    }

    /** e.g. "plugin broken.jar: not a valid jar file (zip END header not found)". */
    public String line() {
        return "plugin " + source + ": " + message;
    }
}

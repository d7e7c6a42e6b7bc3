package com.actionpack.tui.shell;

/**
 * Makes a screen for one console session. Factories are shared by every session; each call
 * returns a fresh screen bound to that session's shell.
 */
@FunctionalInterface
public interface ScreenFactory {

    ConsoleScreen create(ShellContext shell);
}

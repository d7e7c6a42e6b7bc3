package com.actionpack.tui.shell;

/** What a screen may ask of the console session it belongs to. */
public interface ShellContext {

    Navigator navigator();

    Notices notices();

    Dialogs dialogs();

    ConsoleSettings settings();
}

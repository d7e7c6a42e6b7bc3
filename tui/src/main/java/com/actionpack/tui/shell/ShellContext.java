package com.actionpack.tui.shell;

/** What a screen may ask of the console session it belongs to. */
public interface ShellContext {

    Navigator navigator();

    Notices notices();

    Dialogs dialogs();

    ConsoleSettings settings();

    /** Where every action and its failure goes: refusals, data faults and bugs become notices. */
    FaultBoundary faults();

    /** The one way every screen shows what stops an action: core's reasons, a form's invalid fields. */
    Refusals refusals();

    /** Shows who is signed in on the title bar once sign-in or first-run setup has chosen them. */
    void signedIn(String email);
}

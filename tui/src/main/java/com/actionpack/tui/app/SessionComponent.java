package com.actionpack.tui.app;

import com.actionpack.tui.shell.ConsoleSettings;
import dagger.BindsInstance;
import dagger.Subcomponent;

/**
 * One console session: its settings (user, preview date, colour) and everything scoped to it.
 * The terminal is not part of it: {@link ConsoleSession#run} takes whichever terminal the
 * session is on (the local one, or an SSH channel's).
 */
@SessionScope
@Subcomponent(modules = SessionModule.class)
public interface SessionComponent {

    ConsoleSession console();

    @Subcomponent.Factory
    interface Factory {
        SessionComponent create(@BindsInstance ConsoleSettings settings);
    }
}

package com.actionpack.tui.app;

import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.ScreenFactory;
import dagger.Module;
import dagger.Provides;

/** What a local console session starts with: --user signs in directly, else sign-in or first run. */
@Module
public abstract class SessionModule {

    private SessionModule() {
    }

    @Provides
    @StartScreen
    static ScreenFactory startScreen(WorkspaceScreens workspaces, ConsoleSettings settings) {
        return workspaces.start(settings.user(), "console");
    }
}

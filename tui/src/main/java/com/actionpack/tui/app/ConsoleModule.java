package com.actionpack.tui.app;

import dagger.Module;

/** The console's own bindings: each session is a subcomponent of the application. */
@Module(subcomponents = SessionComponent.class)
public abstract class ConsoleModule {

    private ConsoleModule() {
    }
}

package com.actionpack.tui.app;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/**
 * The application graph, built once per process from its {@link AppConfig}. Core services and
 * persistence are added here as modules ({@code modules = {ConsoleModule.class,
 * PersistenceModule.class, CoreModule.class}}); each console session is a
 * {@link SessionComponent} made from it, so sessions share services but nothing of the screen.
 */
@Singleton
@Component(modules = {ConsoleModule.class, CoreModule.class})
public interface AppComponent {

    SessionComponent.Factory sessions();

    AppConfig config();

    /** The app's clock: the system's, or the {@code --as-of} day's (R14). */
    java.time.Clock clock();

    com.actionpack.persistence.db.Database database();

    com.actionpack.core.CoreServices core();

    WorkspaceScreens workspaces();

    com.actionpack.tui.reports.PluginCatalog plugins();

    @Component.Factory
    interface Factory {
        AppComponent create(@BindsInstance AppConfig config,
                            @BindsInstance com.actionpack.tui.reports.RunsInFlight runs);
    }

    static AppComponent create(AppConfig config) {
        return create(config, com.actionpack.tui.reports.RunsInFlight.none());
    }

    /** @param runs the process's report runs, which its shutdown hook cleans up after */
    static AppComponent create(AppConfig config, com.actionpack.tui.reports.RunsInFlight runs) {
        return DaggerAppComponent.factory().create(config, runs);
    }
}

package com.actionpack.tui.app;

import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.shell.ScreenFactory;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.Multibinds;

import java.util.Map;

/**
 * The console's own bindings. Workspaces plug in their screen with a map entry, in this module
 * or one added to {@link AppComponent}:
 *
 * <pre>{@code
 * @Provides @IntoMap @WorkspaceKey(Workspace.FAQ)
 * static ScreenFactory faq(FaqService faq) { return shell -> new FaqScreen(shell, faq); }
 * }</pre>
 *
 * A workspace without an entry shows a "coming" placeholder.
 */
@Module(subcomponents = SessionComponent.class)
public abstract class ConsoleModule {

    private ConsoleModule() {
    }

    @Multibinds
    abstract Map<Workspace, ScreenFactory> workspaceScreens();

    @Provides
    @StartScreen
    static ScreenFactory startScreen(Map<Workspace, ScreenFactory> workspaceScreens) {
        return MainMenuScreen.factory(workspaceScreens);
    }
}

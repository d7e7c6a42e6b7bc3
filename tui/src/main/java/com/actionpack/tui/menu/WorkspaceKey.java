package com.actionpack.tui.menu;

import dagger.MapKey;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Dagger map key that plugs a workspace's screen into the main menu:
 * {@code @Provides @IntoMap @WorkspaceKey(Workspace.FAQ) static ScreenFactory faq(...)}.
 */
@Documented
@MapKey
@Retention(RetentionPolicy.RUNTIME)
public @interface WorkspaceKey {
    Workspace value();
}

package com.actionpack.tui.app;

import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Qualifies the {@code ScreenFactory} of the first screen a session shows. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface StartScreen {
}

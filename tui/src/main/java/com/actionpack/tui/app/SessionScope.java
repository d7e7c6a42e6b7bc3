package com.actionpack.tui.app;

import jakarta.inject.Scope;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** One object per console session (one terminal: local, or one SSH channel). */
@Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface SessionScope {
}

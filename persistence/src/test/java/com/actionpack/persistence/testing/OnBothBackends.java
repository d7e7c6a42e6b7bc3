package com.actionpack.persistence.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs every test of the class once on SQLite and once on PostgreSQL (#16): the class takes a
 * {@link Backend} (a {@code @Parameter Backend backend} field or a constructor argument) and
 * asks it for its databases. One suite, two backends: a rule that holds on one and not on the
 * other fails here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ParameterizedClass(name = "on {0}")
@ArgumentsSource(Backends.class)
public @interface OnBothBackends {
}

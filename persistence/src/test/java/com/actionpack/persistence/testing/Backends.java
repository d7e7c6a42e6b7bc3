package com.actionpack.persistence.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The two backends of {@link OnBothBackends}, new for each class (each closes what it opened). */
public final class Backends implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        String forWhom = context.getRequiredTestClass().getSimpleName();
        return Stream.of(Arguments.of(new SqliteBackend()), Arguments.of(new PostgresBackend(forWhom)));
    }
}

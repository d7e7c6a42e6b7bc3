package com.actionpack.persistence.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.conf.ParamType;

/**
 * A query jOOQ has rendered once, to run many times with new values for its named parameters
 * ({@code DSL.param("key", Long.class)}): a list users page through asks the same few shapes of
 * query again and again, and building and rendering it through jOOQ was a third of a page's
 * time (issue 15). Immutable; build one per query shape and dialect.
 *
 * @param sql the SQL with {@code ?} for every parameter, as jOOQ renders it for the dialect
 * @param parameters the parameters' names in bind order (an unnamed one is jOOQ's index)
 * @param defaults each parameter's value in the rendered query, used when a run gives none
 */
public record RenderedQuery(String sql, List<String> parameters, List<Object> defaults) {

    public RenderedQuery {
        parameters = List.copyOf(parameters);
        defaults = java.util.Collections.unmodifiableList(new ArrayList<>(defaults));
    }

    /** Renders {@code query}; throws when its parameters cannot be told apart by name. */
    public static RenderedQuery of(Query query) {
        Map<String, Param<?>> params = query.getParams();
        List<Object> binds = query.getBindValues();
        if (params.size() != binds.size()) {
            throw new IllegalArgumentException("every bind value needs its own parameter name: " + params.keySet()
                    + " for " + binds.size() + " values");
        }
        List<Object> defaults = new ArrayList<>();
        for (Param<?> param : params.values()) {
            defaults.add(param.getValue());
        }
        return new RenderedQuery(query.getSQL(ParamType.INDEXED), new ArrayList<>(params.keySet()), defaults);
    }

    /** The bind values for one run: {@code values} by name, the rendered value for the others. */
    Object[] binds(Map<String, ?> values) {
        Object[] binds = new Object[parameters.size()];
        for (int i = 0; i < binds.length; i++) {
            String name = parameters.get(i);
            binds[i] = JdbcRows.bindable(values.containsKey(name) ? values.get(name) : defaults.get(i));
        }
        return binds;
    }
}

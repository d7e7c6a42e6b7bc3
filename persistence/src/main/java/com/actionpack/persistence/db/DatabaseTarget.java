package com.actionpack.persistence.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the app's data lives, chosen by the location alone (#16): an embedded SQLite file, or
 * a PostgreSQL database named by a URL. A text that looks like a URL is never a file path.
 */
public sealed interface DatabaseTarget {

    /** How the location is shown in messages: the file path, or the URL without credentials. */
    String shown();

    /** The embedded database: one SQLite file on this host. */
    record SqliteFile(Path file) implements DatabaseTarget {
        public SqliteFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String shown() {
            return file.toString();
        }
    }

    /**
     * A PostgreSQL database.
     *
     * @param jdbcUrl a {@code jdbc:postgresql:} URL that carries no password (refused when parsed)
     * @param password from {@code PGPASSWORD}, else empty: pgjdbc then reads {@code PGPASSFILE}
     *        or {@code ~/.pgpass} itself, and a {@code ?service=} from {@code pg_service.conf}
     */
    record PostgresServer(String jdbcUrl, java.util.Optional<String> password) implements DatabaseTarget {
        public PostgresServer {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String shown() {
            return jdbcUrl;
        }

        @Override
        public String toString() {
            // Never the password, whoever prints this record.
            return "PostgresServer[" + jdbcUrl + "]";
        }
    }
}

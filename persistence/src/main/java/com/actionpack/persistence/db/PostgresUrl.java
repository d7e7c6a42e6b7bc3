package com.actionpack.persistence.db;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/**
 * Reads a database location that is a URL (#16). {@code postgresql://user@host:port/db?...}
 * (libpq's form, also {@code postgres://}) and {@code jdbc:postgresql:...} select PostgreSQL;
 * any other URL is refused, never taken for a file. A URL that carries a password is refused:
 * a command line is visible to every user in {@code ps}. Credentials come from the libpq
 * conventions instead: pgjdbc 42.7 reads {@code PGPASSFILE} / {@code ~/.pgpass} and
 * {@code ?service=NAME} from {@code PGSERVICEFILE} / {@code ~/.pg_service.conf} /
 * {@code PGSYSCONFDIR/pg_service.conf} by itself; it does not read {@code PGPASSWORD}, so the
 * app does (it wins over the password file, as in libpq).
 */
public final class PostgresUrl {

    public static final String ENV_PGPASSWORD = "PGPASSWORD";

    /** A scheme of two or more letters then a colon: {@code C:\db} stays a (Windows) path. */
    private static final Pattern URL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private static final String WHERE_PASSWORDS_GO = "put the password in ~/.pgpass (or the file named by PGPASSFILE), "
            + "in a pg_service.conf service, or in PGPASSWORD";

    private PostgresUrl() {
    }

    /** True when {@code text} must be read as a URL and never as a file path. */
    public static boolean looksLikeUrl(String text) {
        return URL_LIKE.matcher(text).matches();
    }

    /**
     * @param text a location for which {@link #looksLikeUrl} holds
     * @param source where it came from ({@code --db} or the variable's name), for the message
     * @throws DatabaseException one line: not a PostgreSQL URL, a malformed one, or one with a password
     */
    public static DatabaseTarget.PostgresServer parse(String text, String source, Map<String, String> env) {
        String lower = text.toLowerCase(Locale.ROOT);
        String jdbc;
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            jdbc = fromLibpqUri(text, text.indexOf("://") + 3, source);
        } else if (lower.startsWith("jdbc:postgresql:")) {
            jdbc = "jdbc:postgresql:" + text.substring("jdbc:postgresql:".length());
        } else {
            throw new DatabaseException(source + " '" + safe(schemeOf(text)) + ":...' is a URL but not a PostgreSQL one: "
                    + "give a file path (./name if it has a colon) or a postgresql://user@host:5432/dbname URL.");
        }
        Properties parsed = Driver.parseURL(jdbc, new Properties());
        if (parsed == null) {
            throw new DatabaseException(source + " is not a PostgreSQL URL that can be read: give one such as "
                    + "postgresql://user@host:5432/dbname.");
        }
        // Only the URL's own text is checked: parseURL also fills in a password it found in
        // ~/.pgpass, PGPASSFILE or a pg_service.conf service, which are the places it should be.
        if (namesAPassword(jdbc)) {
            throw refusedPassword(source);
        }
        Optional<String> password = Optional.ofNullable(env.get(ENV_PGPASSWORD)).filter(p -> !p.isEmpty());
        return new DatabaseTarget.PostgresServer(jdbc, password);
    }

    /** {@code postgresql://[user@]hosts[/db][?params]} into pgjdbc's form, the user as a parameter. */
    private static String fromLibpqUri(String text, int afterScheme, String source) {
        String rest = text.substring(afterScheme);
        int end = rest.length();
        for (char c : new char[] {'/', '?'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String authority = rest.substring(0, end);
        String tail = rest.substring(end);
        int at = authority.lastIndexOf('@');
        String hosts = at >= 0 ? authority.substring(at + 1) : authority;
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hosts);
        jdbc.append(tail.isEmpty() || tail.startsWith("?") ? "/" + tail : tail);
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            if (userInfo.contains(":")) {
                throw refusedPassword(source);
            }
            String user = URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
            jdbc.append(jdbc.indexOf("?") >= 0 ? "&" : "?").append("user=").append(URLEncoder.encode(user, StandardCharsets.UTF_8));
        }
        return jdbc.toString();
    }

    /** Whether the URL's query names a {@code password} parameter (any case, percent-encoded or not). */
    private static boolean namesAPassword(String jdbc) {
        int query = jdbc.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String parameter : jdbc.substring(query + 1).split("&")) {
            int equals = parameter.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? parameter : parameter.substring(0, equals), StandardCharsets.UTF_8);
            if (name.strip().equalsIgnoreCase("password")) {
                return true;
            }
        }
        return false;
    }

    private static DatabaseException refusedPassword(String source) {
        return new DatabaseException(source + " carries a password, which other users can read in `ps`: remove it from the URL and "
                + WHERE_PASSWORDS_GO + ".");
    }

    private static String schemeOf(String text) {
        return text.substring(0, text.indexOf(':'));
    }

    private static String safe(String text) {
        String s = text.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}

package com.actionpack.tui.fault;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an unexpected failure in the log with its stack trace under a short incident id, so
 * the one line a person sees ("incident 3fa9c2") leads to the details. The log is the process's
 * log file: {@code Main} sends SLF4J's output there before anything runs.
 */
public final class Incidents {

    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);

    /** Six hex digits: short enough to read out, random enough not to repeat within a log. */
    public static String newId() {
        byte[] bytes = new byte[3];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Logs {@code error} with {@code what} was being done; returns the incident id. */
    public String record(String what, Throwable error) {
        String id = newId();
        LOG.error("incident {}: {} failed", id, what, error);
        return id;
    }
}

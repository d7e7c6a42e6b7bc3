package com.actionpack.reports.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What one {@link ReportRun} produced.
 *
 * @param bytes        everything the report wrote, also when it failed; never null
 * @param failure      what {@code run} threw, if it did
 * @param rowsRead     rows the report took from the data
 * @param progress     every value passed to the progress listener, in order
 * @param streamClosed whether the report closed the output stream (it must not)
 * @param context      the context the report ran with (its log and announced total)
 * @since 1.1
 */
public record RunResult(byte[] bytes, Optional<Throwable> failure, long rowsRead, List<Long> progress,
                        boolean streamClosed, TestContext context) {

    /** Copies the mutable parts. */
    public RunResult {
        bytes = bytes.clone();
        progress = List.copyOf(progress);
    }

    /** @return the bytes as UTF-8 text */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The bytes of a run that must have succeeded.
     *
     * @return the bytes
     * @throws AssertionError with the report's exception when it failed
     */
    public byte[] successfulBytes() {
        failure.ifPresent(e -> {
            throw new AssertionError("the report failed: " + e, e);
        });
        return bytes();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}

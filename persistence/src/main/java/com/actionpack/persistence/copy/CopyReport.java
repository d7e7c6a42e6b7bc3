package com.actionpack.persistence.copy;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link DatabaseCopy} copied and verified.
 *
 * @param rowsPerTable rows copied per table, in copy order (parents before children); the same
 *        count was read back from the target before it committed
 * @param ledgers the target's R23 verification summary, "ok: ..." (the same as the source's)
 * @param took wall time of the whole copy, migration included
 */
public record CopyReport(Map<String, Long> rowsPerTable, String ledgers, Duration took) {

    public CopyReport {
        rowsPerTable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsPerTable));
        Objects.requireNonNull(ledgers, "ledgers");
        Objects.requireNonNull(took, "took");
    }

    /** All rows copied, over every table. */
    public long rows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}

package com.actionpack.persistence.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link LedgerVerifier} found in one database.
 *
 * @param ledgers one finding per ledger, in {@link Ledger} order
 * @param seal    what is wrong with the database's own seal row (missing, or changed without
 *                the key), one line; empty when it verifies
 */
public record LedgerVerification(List<Finding> ledgers, Optional<String> seal) {

    public LedgerVerification {
        ledgers = List.copyOf(ledgers);
        java.util.Objects.requireNonNull(seal, "seal");
    }

    public LedgerVerification(List<Finding> ledgers) {
        this(ledgers, Optional.empty());
    }

    /**
     * One ledger's finding.
     *
     * @param ledger  which ledger
     * @param rows    how many rows it holds
     * @param problem the first thing found wrong (a missing trigger, then the first broken row,
     *                then a head that does not match), as one line; empty when intact
     */
    public record Finding(Ledger ledger, long rows, Optional<String> problem) {

        /** "12 invoices and credit notes", or "invoices and credit notes: row 7 (INV-00000007) ...". */
        public String line() {
            return problem.map(p -> ledger.label() + ": " + p).orElse(rows + " " + ledger.label());
        }
    }

    public boolean intact() {
        return seal.isEmpty() && ledgers.stream().allMatch(f -> f.problem().isEmpty());
    }

    /** "ok: 12 invoices and credit notes, 3 redemptions, 57 audit entries", or the problems joined by "; ". */
    public String summary() {
        if (intact()) {
            return "ok: " + ledgers.stream().map(Finding::line).collect(Collectors.joining(", "));
        }
        List<String> problems = new ArrayList<>();
        seal.ifPresent(p -> problems.add("the database's ledger seal " + p));
        ledgers.stream().filter(f -> f.problem().isPresent()).map(Finding::line).forEach(problems::add);
        return String.join("; ", problems);
    }
}

/**
 * Tamper evidence for the append-only ledgers (R23): {@link com.actionpack.persistence.ledger.LedgerChain}
 * is the one place that says what a row's canonical content is and how its hash is chained,
 * used when a row is inserted, by the migration that sealed the rows already there, and by
 * {@code actionpack audit verify}. The chains are sealed with a key the database does not hold
 * ({@link com.actionpack.persistence.ledger.LedgerKey} in a
 * {@link com.actionpack.persistence.ledger.LedgerKeyFile}; MACs by
 * {@link com.actionpack.persistence.ledger.LedgerSeal}, opened by
 * {@link com.actionpack.persistence.ledger.LedgerSeals}); docs/ledger-key.md holds the threat
 * model. May use jOOQ and the JDK.
 */
package com.actionpack.persistence.ledger;

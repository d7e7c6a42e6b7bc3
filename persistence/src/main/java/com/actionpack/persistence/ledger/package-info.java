/**
 * Tamper evidence for the append-only ledgers (R23): {@link com.actionpack.persistence.ledger.LedgerChain}
 * is the one place that says what a row's canonical content is and how its hash is chained,
 * used when a row is inserted, by the migration that sealed the rows already there, and by
 * {@code actionpack audit verify}. May use jOOQ and the JDK.
 */
package com.actionpack.persistence.ledger;

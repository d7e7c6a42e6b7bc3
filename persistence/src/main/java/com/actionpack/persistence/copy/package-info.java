/**
 * Moving an installation (#16): {@link com.actionpack.persistence.copy.DatabaseCopy} copies an
 * embedded SQLite database into an empty PostgreSQL database in one transaction and verifies
 * the copy (row counts, R23 hash chains) before it commits. May use the {@code db} and
 * {@code ledger} packages of persistence, jOOQ's generated tables and the JDK.
 */
package com.actionpack.persistence.copy;

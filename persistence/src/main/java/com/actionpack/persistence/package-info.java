/**
 * Every out-port of core on a SQLite file: jOOQ over classes generated from the Flyway
 * migrations at build time. Entry point: {@link com.actionpack.persistence.db.Database}.
 */
package com.actionpack.persistence;

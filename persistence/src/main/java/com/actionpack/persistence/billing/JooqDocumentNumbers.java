package com.actionpack.persistence.billing;

import static com.actionpack.persistence.jooq.Tables.DOCUMENT_SEQUENCE;

import com.actionpack.core.billing.DocumentNumbers;
import com.actionpack.persistence.db.SqliteTransactions;

/**
 * The one sequence of invoice and credit-note numbers (R9). Taken inside the issuing write
 * transaction, which holds SQLite's write lock, so numbers never repeat or go backwards; a
 * rolled-back order gives its number back.
 */
public final class JooqDocumentNumbers implements DocumentNumbers {

    static final String SEQUENCE = "documents";

    private final SqliteTransactions tx;

    public JooqDocumentNumbers(SqliteTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long next() {
        return tx.dsl().update(DOCUMENT_SEQUENCE)
                .set(DOCUMENT_SEQUENCE.LAST_VALUE, DOCUMENT_SEQUENCE.LAST_VALUE.plus(1L))
                .where(DOCUMENT_SEQUENCE.NAME.eq(SEQUENCE))
                .returning(DOCUMENT_SEQUENCE.LAST_VALUE)
                .fetchOptional()
                .orElseThrow(() -> new IllegalStateException("the document_sequence row is missing"))
                .getLastValue();
    }
}

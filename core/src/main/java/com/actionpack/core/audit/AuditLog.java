package com.actionpack.core.audit;

import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;

/** Out-port: the append-only audit trail (R21). */
public interface AuditLog {

    AuditEntry append(AuditEntry entry);

    /** A keyset page, newest first, keyed by entry id. */
    Page<AuditEntry> page(AuditFilter filter, PageRequest request);
}

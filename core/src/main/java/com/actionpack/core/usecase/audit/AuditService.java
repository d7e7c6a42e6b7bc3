package com.actionpack.core.usecase.audit;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.audit.AuditFilter;
import com.actionpack.core.audit.AuditLog;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.ActingUsers;
import java.util.OptionalLong;

/** In-port: the audit trail (R21). Admins see their account's; an operator sees every account's. */
public final class AuditService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final AuditLog log;

    public AuditService(Transactions tx, ActingUsers acting, AccessPolicy access, AuditLog log) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.log = log;
    }

    public Page<AuditEntry> page(Actor actor, String text, PageRequest page) {
        return tx.read(() -> {
            User user = acting.user(actor);
            access.require(user, Permission.VIEW_AUDIT);
            OptionalLong scope = user.has(Role.OPERATOR) ? OptionalLong.empty() : OptionalLong.of(user.accountId());
            return log.page(new AuditFilter(scope, text), page);
        });
    }
}

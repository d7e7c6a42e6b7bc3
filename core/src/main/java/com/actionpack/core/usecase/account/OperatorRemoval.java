package com.actionpack.core.usecase.account;

import com.actionpack.core.common.Require;

/** Command (R4a): the host removes an operator; {@code hostUser} is recorded in the audit trail. */
public record OperatorRemoval(String email, String hostUser) {

    public OperatorRemoval {
        email = Require.email(email);
        hostUser = Require.text(hostUser, "host user");
    }
}

package com.actionpack.core.usecase.account;

import com.actionpack.core.common.Require;

/**
 * Command (R4a): the host adds a back-office operator. {@code hostUser} is who ran the command
 * on the server, recorded in the audit trail; all three are required.
 */
public record NewOperator(String email, String name, String hostUser) {

    public NewOperator {
        email = Require.email(email);
        name = Require.text(name, "name");
        hostUser = Require.text(hostUser, "host user");
    }
}

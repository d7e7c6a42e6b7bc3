package com.actionpack.core.usecase.account;

import com.actionpack.core.common.Require;

/**
 * Command: the host appoints the user with this email an operator (R4, R21). {@code hostUser}
 * is who ran the command on the server, recorded in the audit trail; both are required.
 */
public record OperatorAppointment(String email, String hostUser) {

    public OperatorAppointment {
        email = Require.email(email);
        hostUser = Require.text(hostUser, "host user");
    }
}

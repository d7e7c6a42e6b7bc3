package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.Auditor;

/**
 * The old {@code actionpack operator grant EMAIL}, kept for one version (R4a): it now adds a
 * back-office operator as {@link AddOperator} does (named after the email's local part when the
 * user is new), and a partner account's user is refused. Replaced by {@code operator add}.
 *
 * @deprecated use {@link AddOperator}; goes in the next version
 */
@Deprecated
public final class AppointOperator {

    private final OperatorAdder add;

    public AppointOperator(Transactions tx, AccountRepository accounts, UserRepository users, Auditor auditor) {
        this.add = new OperatorAdder(tx, accounts, users, auditor);
    }

    /** Refused (PARTNER_USER) for a partner account's user; an operator already stays as is. */
    public User appoint(OperatorAppointment command) {
        String email = command.email();
        return add.add(new NewOperator(email, email.substring(0, email.indexOf('@')), command.hostUser())).operator();
    }
}

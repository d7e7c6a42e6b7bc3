package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.Auditor;

/**
 * Use case (R4a), from the host only ({@code actionpack operator add EMAIL --name NAME}): makes
 * a back-office user an operator, creating the back-office account on first use and the user
 * when the email is new. A partner account's user is refused: an operator is never a partner.
 */
public final class AddOperator {

    /** What the host gets back: the operator, and whether anything changed. */
    public record Result(User operator, boolean created, boolean alreadyOperator) {
    }

    private final OperatorAdder adder;

    public AddOperator(Transactions tx, AccountRepository accounts, UserRepository users, Auditor auditor) {
        this.adder = new OperatorAdder(tx, accounts, users, auditor);
    }

    public Result add(NewOperator command) {
        return adder.add(command);
    }
}

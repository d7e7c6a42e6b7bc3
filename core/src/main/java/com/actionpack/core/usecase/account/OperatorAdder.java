package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.usecase.Auditor;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * R4a: what adding an operator does, shared by {@link AddOperator} and the old
 * {@link AppointOperator}: makes a back-office user an operator, creating the back-office account
 * on first use and the user when the email is new; refuses a partner account's user.
 */
final class OperatorAdder {

    private final Transactions tx;
    private final UserRepository users;
    private final BackOffice backOffice;
    private final Auditor auditor;

    OperatorAdder(Transactions tx, AccountRepository accounts, UserRepository users, Auditor auditor) {
        this.tx = tx;
        this.users = users;
        this.backOffice = new BackOffice(accounts, auditor);
        this.auditor = auditor;
    }

    AddOperator.Result add(NewOperator command) {
        return tx.write(() -> {
            Optional<User> existing = users.findByEmail(command.email());
            Optional<PartnerAccount> office = backOffice.find();
            if (existing.isPresent() && office.map(o -> o.id() != existing.get().accountId()).orElse(true)) {
                throw ActionRefusedException.of(ReasonCode.PARTNER_USER,
                        command.email() + " is a user of a partner account, and a partner's user can never be an operator.",
                        "Add the operator with an email of its own (a back-office address).");
            }
            if (existing.isPresent()) {
                User user = existing.get();
                if (user.has(Role.OPERATOR)) {
                    return new AddOperator.Result(user, false, true);
                }
                Set<Role> roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
                roles.add(Role.OPERATOR);
                User after = user.withRoles(roles);
                users.update(after);
                auditor.recordSystem(user.accountId(), "host:" + command.hostUser(), "operator.added",
                        "user " + user.email(), user.roles().toString(), after.roles().toString());
                return new AddOperator.Result(after, false, false);
            }
            PartnerAccount account = backOffice.findOrCreate(command.name(), command.email(), command.hostUser());
            User created = users.insert(new User(0, account.id(), command.email(), command.name(), Set.of(Role.OPERATOR)));
            auditor.recordSystem(account.id(), "host:" + command.hostUser(), "operator.added", "user " + created.email(),
                    "", created.displayName() + " [OPERATOR]");
            return new AddOperator.Result(created, true, false);
        });
    }
}

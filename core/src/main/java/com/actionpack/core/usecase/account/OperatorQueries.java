package com.actionpack.core.usecase.account;

import com.actionpack.core.account.AccountRepository;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.core.common.Transactions;
import java.util.List;

/** Read-only query (R4a), from the host ({@code actionpack operator list}): who the operators are. */
public final class OperatorQueries {

    /**
     * One operator.
     *
     * @param partnerUser true for a partner account's user made operator by an older version:
     *     such a user should be replaced by a back-office operator ({@code operator remove})
     */
    public record Operator(User user, boolean partnerUser) {
    }

    private final Transactions tx;
    private final AccountRepository accounts;
    private final UserRepository users;

    public OperatorQueries(Transactions tx, AccountRepository accounts, UserRepository users) {
        this.tx = tx;
        this.accounts = accounts;
        this.users = users;
    }

    /** Every user with the Operator role, back-office users first, each by email. */
    public List<Operator> list() {
        return tx.read(() -> {
            long backOffice = accounts.findBackOffice().map(a -> a.id()).orElse(-1L);
            return users.listWithRole(Role.OPERATOR).stream()
                    .map(u -> new Operator(u, u.accountId() != backOffice))
                    .sorted(java.util.Comparator.comparing(Operator::partnerUser).thenComparing(o -> o.user().email()))
                    .toList();
        });
    }
}

package com.actionpack.core.account;

import java.util.List;
import java.util.Optional;

/** Out-port: users and their roles. */
public interface UserRepository {

    /** Stores a new user and returns it with its assigned id. */
    User insert(User user);

    Optional<User> find(long userId);

    Optional<User> findByEmail(String email);

    List<User> listByAccount(long accountId);

    /** Every user of every account, by account id then email: the sign-in screen's list. */
    /** The first {@code limit} users by account, then email (the sign-in list). */
    List<User> listFirst(int limit);

    /** R4a: every user holding {@code role}, across accounts, by id. */
    List<User> listWithRole(Role role);

    /** Replaces the user's roles. */
    void update(User user);
}

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

    /** Replaces the user's roles. */
    void update(User user);
}

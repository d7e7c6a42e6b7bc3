package com.actionpack.persistence.account;

import static com.actionpack.persistence.jooq.Tables.USERS;
import static com.actionpack.persistence.jooq.Tables.USER_ROLES;

import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.UserRepository;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.db.Stored;
import com.actionpack.persistence.jooq.tables.records.UserRolesRecord;
import com.actionpack.persistence.jooq.tables.records.UsersRecord;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Users and their roles (R4); roles live in user_roles, one row per role held. */
public final class JooqUserRepository implements UserRepository {

    private final SqliteTransactions tx;

    public JooqUserRepository(SqliteTransactions tx) {
        this.tx = tx;
    }

    @Override
    public User insert(User user) {
        DSLContext dsl = tx.dsl();
        long id = dsl.insertInto(USERS)
                .set(USERS.ACCOUNT_ID, user.accountId())
                .set(USERS.EMAIL, user.email())
                .set(USERS.DISPLAY_NAME, user.displayName())
                .returning(USERS.ID).fetchOne().getId();
        insertRoles(dsl, id, user.roles());
        return user.withId(id);
    }

    @Override
    public Optional<User> find(long userId) {
        return load(tx.dsl().selectFrom(USERS).where(USERS.ID.eq(userId)).fetch()).stream().findFirst();
    }

    @Override
    public Optional<User> findByEmail(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        return load(tx.dsl().selectFrom(USERS).where(USERS.EMAIL.eq(key)).fetch()).stream().findFirst();
    }

    @Override
    public List<User> listByAccount(long accountId) {
        return load(tx.dsl().selectFrom(USERS).where(USERS.ACCOUNT_ID.eq(accountId)).orderBy(USERS.ID).fetch());
    }

    @Override
    public List<User> listWithRole(Role role) {
        return load(tx.dsl().selectFrom(USERS).where(USERS.ID.in(DSL.select(USER_ROLES.USER_ID).from(USER_ROLES)
                .where(USER_ROLES.ROLE.eq(role.name())))).orderBy(USERS.ID).fetch());
    }

    @Override
    public List<User> listFirst(int limit) {
        return load(tx.dsl().selectFrom(USERS).orderBy(USERS.ACCOUNT_ID, USERS.EMAIL).limit(limit).fetch());
    }

    @Override
    public void update(User user) {
        DSLContext dsl = tx.dsl();
        dsl.update(USERS).set(USERS.EMAIL, user.email()).set(USERS.DISPLAY_NAME, user.displayName())
                .where(USERS.ID.eq(user.id())).execute();
        dsl.deleteFrom(USER_ROLES).where(USER_ROLES.USER_ID.eq(user.id())).execute();
        insertRoles(dsl, user.id(), user.roles());
    }

    private static void insertRoles(DSLContext dsl, long userId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return;
        }
        dsl.batchInsert(roles.stream().map(role -> new UserRolesRecord(userId, role.name())).toList()).execute();
    }

    private List<User> load(List<UsersRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(UsersRecord::getId).toList();
        Map<Long, Set<Role>> roles = tx.dsl().selectFrom(USER_ROLES).where(USER_ROLES.USER_ID.in(ids)).fetch().stream()
                .collect(Collectors.groupingBy(UserRolesRecord::getUserId,
                        // A role this version does not know grants nothing here; it is not an error.
                        Collectors.flatMapping(r -> Stored.known(Role.class, r.getRole()).stream(),
                                Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return rows.stream().map(r -> new User(r.getId(), r.getAccountId(), r.getEmail(), Stored.text(r.getDisplayName()),
                roles.getOrDefault(r.getId(), Set.of()))).toList();
    }
}

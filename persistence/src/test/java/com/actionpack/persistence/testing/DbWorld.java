package com.actionpack.persistence.testing;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.benefits.RandomProductKeyIssuer;
import com.actionpack.core.common.Actor;
import com.actionpack.core.account.NewAccount;
import com.actionpack.core.usecase.account.NewOperator;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.testing.TestClock;
import com.actionpack.core.Ports;
import com.actionpack.persistence.db.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Core wired over a real SQLite file or PostgreSQL database, with the shortcuts of core's {@link CoreFixture}. */
public final class DbWorld {

    private static final AtomicInteger NAMES = new AtomicInteger();
    /** Keeps emails unique when several processes write to one file. */
    private final String run = Long.toString(System.nanoTime() & 0xFFFFFFL, 36);

    public final TestClock clock;
    public final Database db;
    public final Ports ports;
    public final CoreServices core;
    /** Where the world's database is (for tests that connect past the app), or null when not told. */
    public final com.actionpack.persistence.db.DatabaseTarget target;

    public DbWorld(Path file, LocalDate today) {
        this(new com.actionpack.persistence.db.DatabaseTarget.SqliteFile(file), clock -> Database.open(file, clock), today);
    }

    /** Core over the database {@code opener} opens with the world's clock (either backend, #16). */
    public DbWorld(java.util.function.Function<java.time.Clock, Database> opener, LocalDate today) {
        this(null, opener, today);
    }

    /** Core over the database at {@code target}, which {@code opener} opens with the world's clock. */
    public DbWorld(com.actionpack.persistence.db.DatabaseTarget target,
            java.util.function.Function<java.time.Clock, Database> opener, LocalDate today) {
        this.target = target;
        this.clock = new TestClock(today);
        this.db = opener.apply(clock);
        this.ports = db.ports(new RandomProductKeyIssuer(new Random(7)));
        this.core = new CoreServices(ports);
    }

    /**
     * Core over the database at {@code location}, for child processes given it as an argument:
     * a {@code jdbc:postgresql:} URL (its password, if any, from PGPASSWORD) or a SQLite file.
     */
    public static DbWorld at(String location, LocalDate today) {
        com.actionpack.persistence.db.DatabaseTarget target = location.startsWith("jdbc:postgresql:")
                ? new com.actionpack.persistence.db.DatabaseTarget.PostgresServer(location,
                        java.util.Optional.ofNullable(System.getenv("PGPASSWORD")))
                : new com.actionpack.persistence.db.DatabaseTarget.SqliteFile(Path.of(location));
        return new DbWorld(target, clock -> Database.open(target, clock), today);
    }

    public Setup newAccount(String name, String country) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]", "") + NAMES.incrementAndGet() + "-" + run;
        return core.createAccount().create(new NewAccount(CoreFixture.profile(name, country),
                "admin@" + slug + ".example",
                "Ada Admin"));
    }

    /** A new operator in the back-office account, added as the host does (R4a). */
    public Actor operator() {
        User op = core.addOperator().add(new NewOperator("operator" + NAMES.incrementAndGet() + "-" + run
                + "@backoffice.example", "Operator", "test")).operator();
        return Actor.console(op.id());
    }

    public Actor readyAccount(String name, String country) {
        return readyAccount(name, country, operator());
    }

    public Actor readyAccount(String name, String country, Actor operator) {
        Setup setup = newAccount(name, country);
        Actor admin = Actor.console(setup.globalAdmin().id());
        core.enrollInProgram().enroll(admin);
        core.decideVerification().decide(operator, new VerificationDecision(setup.account().id(),
                VerificationStatus.VERIFIED, ""));
        return admin;
    }

    public OrderReceipt buyByCard(Actor admin) {
        return core.purchases().placeOrder(admin, new PlaceOrder(true, CoreFixture.card()));
    }

    public OrderReceipt buyByWire(Actor admin) {
        return core.purchases().placeOrder(admin, new PlaceOrder(true, new PaymentChoice.Wire()));
    }
}

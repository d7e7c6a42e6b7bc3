package com.actionpack.persistence.flows;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.testing.DbWorld;
import com.actionpack.persistence.testing.PostgresServer;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;

/**
 * Core's flows of {@link CoreFlowsOnSqliteTest}, every one, on a real PostgreSQL server (#16):
 * one fresh database for the class, migrated by the PostgreSQL twins, each test's accounts
 * its own (DbWorld names them uniquely).
 */
class CoreFlowsOnPostgresTest extends CoreFlowsOnSqliteTest {

    private static DatabaseTarget.PostgresServer server;

    @BeforeAll
    static void database() {
        server = PostgresServer.freshDatabase("core_flows");
    }

    @Override
    DbWorld newWorld(LocalDate today) {
        return new DbWorld(clock -> Database.open(server, clock), today);
    }
}

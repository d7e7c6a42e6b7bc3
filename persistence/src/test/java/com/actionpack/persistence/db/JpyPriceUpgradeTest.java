package com.actionpack.persistence.db;

import static com.actionpack.persistence.jooq.Tables.COUNTRY_OFFERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.core.Ports;
import com.actionpack.core.common.Money;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R10a: the migration that stores the seeded Japan price in whole yen, run on a database at the version before it. */
class JpyPriceUpgradeTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("R10a: a fresh database seeds Japan at 71,000 yen (JPY has no minor unit)")
    void freshSeedIsWholeYen() {
        Ports p = Database.open(dir.resolve("fresh.db"), new TestClock(LocalDate.of(2026, 12, 1))).ports();
        CountryOffer jp = p.transactions().read(() -> p.offers().find("JP").orElseThrow());
        assertEquals(Money.of(71_000, "JPY"), jp.price());
        assertEquals("JPY 71000", jp.price().format());
        assertEquals(Money.of(47_500, "USD"), p.transactions().read(() -> p.offers().find("US").orElseThrow()).price());
    }

    @Test
    @DisplayName("R10a: upgrading a database seeded with JPY 7,100,000 (cents assumption) fixes the row in place")
    void oldSeedIsFixedInPlace() throws Exception {
        Path file = atVersionBeforeFix("old-seed.db");
        assertEquals(7_100_000L, jpPrice(file), "the old version seeded the cents assumption");
        Ports p = Database.open(file, new TestClock(LocalDate.of(2026, 12, 1))).ports();
        assertEquals(Money.of(71_000, "JPY"), p.transactions().read(() -> p.offers().find("JP").orElseThrow()).price());
        assertEquals(Money.of(45_000, "EUR"), p.transactions().read(() -> p.offers().find("DE").orElseThrow()).price(),
                "cents currencies are untouched");
    }

    @Test
    @DisplayName("R10a: a JPY price an operator typed (already whole yen) is left as it is by the upgrade")
    void operatorPriceIsKept() throws Exception {
        Path file = atVersionBeforeFix("edited.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            DSL.using(c).update(COUNTRY_OFFERS).set(COUNTRY_OFFERS.PRICE_MINOR, 68_000L)
                    .where(COUNTRY_OFFERS.COUNTRY.eq("JP")).execute();
        }
        Ports p = Database.open(file, new TestClock(LocalDate.of(2026, 12, 1))).ports();
        assertEquals(Money.of(68_000, "JPY"), p.transactions().read(() -> p.offers().find("JP").orElseThrow()).price());
    }

    /** A database migrated to the newest version below V10, the migration under test. */
    private Path atVersionBeforeFix(String name) throws IOException {
        Path file = dir.resolve(name);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(DatabaseOptions.APP_MIGRATIONS)
                .loggers("slf4j").target(Integer.toString(newestBelow(10))).load().migrate();
        return file;
    }

    private static long jpPrice(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return DSL.using(c).select(COUNTRY_OFFERS.PRICE_MINOR).from(COUNTRY_OFFERS)
                    .where(COUNTRY_OFFERS.COUNTRY.eq("JP")).fetchOne().value1();
        }
    }

    private static int newestBelow(int version) throws IOException {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).filter(v -> v < version).max().orElseThrow();
        }
    }
}

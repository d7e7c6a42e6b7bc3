package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.benefits.BenefitLine;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.RandomProductKeyIssuer;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.common.Actor;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.testing.TestClock;
import com.actionpack.core.usecase.account.NewOperator;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.persistence.db.Database;
import com.actionpack.tui.benefits.BenefitsScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R18 R19: the benefit reports' quantity is the number the console counts used and left in, for
 * every row of both packs, on a real SQLite file, the CSV written by the real plugin through
 * {@code report run} and read back with commons-csv ("US$100 monthly credit" is one activation
 * in both, where the CSV once left it empty while the console said "left 1").
 */
class BenefitQuantitiesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("R18 R19: each benefits-maps/laps CSV row's quantity is the console's used + left, Azure credit included")
    void csvQuantityIsTheConsolesUsedPlusLeft() throws Exception {
        for (BenefitPack pack : BenefitPack.values()) {
            Path packDir = Files.createDirectories(dir.resolve(pack.name()));
            TestClock clock = new TestClock(LocalDate.of(2027, 1, 20));
            Database db = Database.open(packDir.resolve("actionpack.db"), clock);
            {
                CoreServices core = new CoreServices(db.ports(new RandomProductKeyIssuer(new Random(7))));
                Actor admin = boughtAndProvisioned(core, clock);
                core.benefits().choosePack(admin, pack);
                List<BenefitLine> lines = core.benefits().overview(admin).lines();
                core.benefits().redeem(admin, new RedeemBenefit(lines.get(1).benefit().id(), 1,
                        lines.get(1).benefit().needsTarget() ? "contoso.example" : ""));
                lines = core.benefits().overview(admin).lines();

                Path csv = packDir.resolve("benefits.csv");
                CommandHarness command = new CommandHarness(packDir.resolve("no-plugins"), db.reports());
                assertEquals(0, command.run("run", "benefits-" + pack.name().toLowerCase(), "--out", csv.toString(), "-q"),
                        command.err());
                List<CSVRecord> rows = read(csv);
                assertEquals(lines.size(), rows.size());

                try (ConsoleHarness console = ConsoleHarness.start(240, 120, ConsoleSettings.defaults(),
                        BenefitsScreen.factory(core, admin))) {
                    for (int i = 0; i < rows.size(); i++) {
                        CSVRecord row = rows.get(i);
                        BenefitLine line = lines.get(i);
                        assertEquals(line.benefit().name(), row.get("benefit_name"));
                        int quantity = Integer.parseInt(row.get("quantity"));
                        assertEquals(line.used() + line.left(), quantity, row.get("benefit_name"));
                        // The benefit's own row of the table: name, type (MAPS), offer, bar, used, left.
                        java.util.regex.Pattern shown = java.util.regex.Pattern.compile("^[> ] "
                                + java.util.regex.Pattern.quote(row.get("benefit_name")) + " +(?:[A-Za-z-]+(?: Service)? +)?"
                                + java.util.regex.Pattern.quote(row.get("offer_details")) + " +\\[[#-]+\\] +"
                                + line.used() + " +" + line.left() + "$");
                        assertTrue(console.lines().stream().map(String::stripTrailing)
                                .anyMatch(l -> shown.matcher(l).find()), "no row " + shown + " (CSV quantity " + quantity
                                + ")\n" + console.text());
                    }
                }
                CSVRecord credit = rows.stream().filter(r -> r.get("offer_details").contains("$100")).findFirst()
                        .orElseThrow();
                assertEquals("1", credit.get("quantity"), "the monthly credit is one activation: " + credit);
            }
        }
    }

    private static Actor boughtAndProvisioned(CoreServices core, TestClock clock) {
        Actor operator = Actor.console(core.addOperator().add(new NewOperator("ops@backoffice.example", "Olga Ops",
                "test")).operator().id());
        Setup setup = core.createAccount().create(new NewAccount(CoreFixture.profile("Contoso", "US"),
                "admin@contoso.example", "Ada Admin"));
        Actor admin = Actor.console(setup.globalAdmin().id());
        core.enrollInProgram().enroll(admin);
        core.decideVerification().decide(operator, new VerificationDecision(setup.account().id(),
                VerificationStatus.VERIFIED, ""));
        core.purchases().placeOrder(admin, new PlaceOrder(true, CoreFixture.card()));
        clock.advance(Duration.ofHours(25));
        return admin;
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        }
    }
}

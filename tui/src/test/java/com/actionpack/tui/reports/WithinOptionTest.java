package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.reports.spi.ReportData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R22: {@code report run renewals-due --within DAYS}, the look-ahead span from the app's today. */
class WithinOptionTest {

    @TempDir
    Path dir;

    private final List<ReportData.Filter> asked = new ArrayList<>();

    private final ReportData data = new ReportData() {
        @Override
        public void invoices(Filter filter, RowSink<? super InvoiceRow> sink) {
        }

        @Override
        public void memberships(Filter filter, RowSink<? super MembershipRow> sink) {
        }

        @Override
        public void benefitCatalog(String pack, RowSink<? super BenefitRow> sink) {
        }

        @Override
        public void packChoices(Filter filter, RowSink<? super PackChoiceRow> sink) {
        }

        @Override
        public void redemptions(Filter filter, RowSink<? super RedemptionRow> sink) {
        }

        @Override
        public void renewalsDue(Filter filter, RowSink<? super RenewalDueRow> sink) {
            asked.add(filter);
        }
    };

    @Test
    @DisplayName("R22: --within N is today through today + N (0 and 365 too); without it the app's default span is asked")
    void withinDays() {
        CommandHarness h = new CommandHarness(dir.resolve("plugins"), data);
        assertEquals(0, h.run("run", "renewals-due", "--within", "10", "--out", "-"), h.err());
        assertEquals(new ReportData.Filter(null, LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 25), null), asked.get(0));
        assertEquals(0, h.run("run", "renewals-due", "--within", "0", "--out", "-"), h.err());
        assertEquals(new ReportData.Filter(null, LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 15), null), asked.get(1));
        assertEquals(0, h.run("run", "renewals-due", "--out", "-"), h.err());
        assertEquals(ReportData.Filter.ALL, asked.get(2), "no span: the data side applies today + 30 by its clock");
        assertTrue(h.stdoutBytes().startsWith("account_id,partner_id,legal_name,term,window_opens"), h.stdoutBytes());
    }

    @Test
    @DisplayName("R22: --within with --from, a negative or non-numeric count, or on a report without it: one usage line")
    void badWithin() {
        CommandHarness h = new CommandHarness(dir.resolve("plugins"), data);
        assertEquals(ReportCommand.USAGE, h.run("run", "renewals-due", "--within", "10", "--from", "2027-01-01", "--out", "-"));
        assertTrue(h.err().contains("--within counts days from today"), h.err());
        assertEquals(ReportCommand.USAGE, h.run("run", "renewals-due", "--within", "-1", "--out", "-"));
        assertTrue(h.err().contains("is not a number of days"), h.err());
        assertEquals(ReportCommand.USAGE, h.run("run", "renewals-due", "--within", "ten", "--out", "-"));
        assertEquals(ReportCommand.USAGE, h.run("run", "invoices", "--within", "10", "--out", "-"));
        assertTrue(h.err().contains("takes no --within"), h.err());
        assertEquals(List.of(), asked);
    }
}

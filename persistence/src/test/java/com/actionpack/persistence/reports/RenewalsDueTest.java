package com.actionpack.persistence.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.core.common.Actor;
import com.actionpack.persistence.testing.DbWorld;
import com.actionpack.reports.spi.ReportData;
import com.actionpack.reports.spi.ReportData.RenewalDueRow;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

/** R22: the renewals-due rows from a real database of each backend (#16), boundaries on both sides of "within 30 days". */
@OnBothBackends
class RenewalsDueTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 15);

    @Parameter
    Backend backend;

    @Test
    @DisplayName("R22: window opening on today + 30 and today are due, today + 31 not; closing today is due, yesterday not; by day, then account")
    void withinThirtyDays() throws IOException {
        DbWorld w = backend.world("r", TODAY.minusYears(2));
        Actor operator = w.operator();
        String opensAt30 = buy(w, operator, "Opens In Thirty", TODAY.plusDays(30).minusDays(365));
        buy(w, operator, "Opens In ThirtyOne", TODAY.plusDays(31).minusDays(365));
        String opensToday = buy(w, operator, "Opens Today", TODAY.minusDays(365));
        String closesToday = buy(w, operator, "Closes Today", TODAY.minusDays(30 + 365));
        buy(w, operator, "Closed Yesterday", TODAY.minusDays(31 + 365));
        w.clock.setDate(TODAY);

        List<RenewalDueRow> rows = rows(w, ReportData.Filter.ALL);
        assertEquals(List.of(opensToday, closesToday, opensAt30), rows.stream().map(RenewalDueRow::legalName).toList());
        assertEquals(List.of("OPENS", "CLOSES", "OPENS"), rows.stream().map(RenewalDueRow::event).toList());
        assertEquals(List.of(0L, 0L, 30L), rows.stream().map(RenewalDueRow::daysFromStart).toList());
        assertEquals(TODAY.plusDays(30), rows.get(2).windowOpens());
        assertEquals(TODAY.plusDays(60), rows.get(2).windowCloses());

        List<RenewalDueRow> one = rows(w, new ReportData.Filter(rows.get(0).accountId(), TODAY, TODAY.plusDays(29), null));
        assertEquals(List.of(opensToday), one.stream().map(RenewalDueRow::legalName).toList());
        assertEquals(List.of(opensToday, closesToday, opensAt30, "Opens In ThirtyOne"),
                rows(w, new ReportData.Filter(null, TODAY, TODAY.plusDays(31), null)).stream().map(RenewalDueRow::legalName)
                        .toList(), "the span's own ends decide");
    }

    private static String buy(DbWorld w, Actor operator, String name, LocalDate paid) {
        w.clock.setDate(paid);
        Actor admin = w.readyAccount(name, "US", operator);
        w.buyByCard(admin);
        return name;
    }

    private static List<RenewalDueRow> rows(DbWorld w, ReportData.Filter filter) throws IOException {
        List<RenewalDueRow> out = new ArrayList<>();
        w.db.reports().renewalsDue(filter, out::add);
        return out;
    }
}

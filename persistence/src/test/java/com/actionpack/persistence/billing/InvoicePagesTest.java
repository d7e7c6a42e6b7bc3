package com.actionpack.persistence.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.persistence.testing.DbWorld;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

/**
 * Invoice pages are read by column index on plain JDBC (issue 15): every row of every kind of
 * page must equal what jOOQ's record mapping reads for the same invoice ({@code find}), credit
 * notes, wire instructions and statuses included.
 */
@OnBothBackends
class InvoicePagesTest {

    @Parameter
    Backend backend;

    @Test
    @DisplayName("R9: invoice pages read by column index equal the invoices read through jOOQ, every field")
    void pagesEqualRecordMapping() {
        DbWorld world = backend.world("i", LocalDate.of(2026, 3, 1));
        Actor operator = world.operator();
        List<Actor> admins = new ArrayList<>();
        for (String country : List.of("US", "GB", "DE", "JP")) {
            Actor admin = world.readyAccount("Fabrikam " + country, country, operator);
            admins.add(admin);
            // Accepted at .400, .800, .200...: Timestamp.toString() stores '.4', which the page
            // once read as 4 ms where find() reads 400 ms.
            world.clock.advance(Duration.ofMillis(400));
            if (country.equals("DE")) {
                world.buyByWire(admin);
            } else {
                world.buyByCard(admin);
            }
        }
        world.clock.advanceDays(5);
        var ticket = world.core.cancellations().request(admins.get(1), "Bought by mistake.").ticket();
        world.core.cancellations().processRefund(operator, ticket.id());

        long accountOfRefund = world.core.accountQueries().account(admins.get(1)).id();
        List<PageRequest> requests = new ArrayList<>(List.of(PageRequest.first(2), PageRequest.last(2),
                PageRequest.first(50), PageRequest.last(1)));
        for (long key = 0; key <= 7; key++) {
            requests.add(PageRequest.after(key, 2));
            requests.add(PageRequest.before(key, 2));
        }
        int rows = 0;
        boolean sawCreditNote = false;
        boolean sawAgreementAtTenthOfSecond = false;
        for (OptionalLong scope : List.of(OptionalLong.empty(), OptionalLong.of(accountOfRefund))) {
            for (PageRequest request : requests) {
                Page<InvoiceView> page = world.db.transactions().read(() -> world.ports.invoices().page(scope, request));
                for (InvoiceView row : page.rows()) {
                    InvoiceView viaJooq = world.db.transactions().read(
                            () -> world.ports.invoices().find(row.invoice().id())).orElseThrow();
                    assertEquals(viaJooq, row, scope + " " + request);
                    sawCreditNote |= row.invoice().kind() == DocumentKind.CREDIT_NOTE;
                    sawAgreementAtTenthOfSecond |= row.agreement() != null
                            && row.agreement().acceptedAt().getNano() % 100_000_000 == 0
                            && row.agreement().acceptedAt().getNano() != 0;
                    rows++;
                }
            }
        }
        assertTrue(rows > 40, "pages read " + rows + " rows");
        assertTrue(sawCreditNote, "a credit note was paged");
        assertTrue(sawAgreementAtTenthOfSecond, "an agreement accepted at a tenth of a second was paged");
    }
}

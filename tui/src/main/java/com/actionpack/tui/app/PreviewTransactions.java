package com.actionpack.tui.app;

import com.actionpack.core.Ports;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The transactions of an "as of" preview (R14): reads run, every write is refused with what to
 * do, so previewing a future date never leaves orders or audit entries dated in the future.
 */
final class PreviewTransactions implements Transactions {

    private final Transactions real;
    private final LocalDate asOf;

    private PreviewTransactions(Transactions real, LocalDate asOf) {
        this.real = real;
        this.asOf = asOf;
    }

    static Ports readOnly(Ports p, LocalDate asOf) {
        return new Ports(new PreviewTransactions(p.transactions(), asOf), p.clock(), p.accounts(), p.users(), p.offers(),
                p.orders(), p.invoices(), p.documentNumbers(), p.memberships(), p.tickets(), p.catalog(),
                p.redemptions(), p.productKeys(), p.audit(), p.textAnalyzer());
    }

    @Override
    public <T> T write(Supplier<T> work) {
        throw ActionRefusedException.of(ReasonCode.CONFLICT,
                "This is a preview as of " + asOf + ": nothing can be changed.",
                "Start the console without --as-of to act.");
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return real.read(work);
    }
}

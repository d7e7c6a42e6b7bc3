package com.actionpack.core.usecase.offer;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.offer.OfferRepository;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import java.util.List;

/** In-port: the operator's price table (R8, R10). */
public final class PriceService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final OfferRepository offers;
    private final Auditor auditor;

    public PriceService(Transactions tx, ActingUsers acting, AccessPolicy access, OfferRepository offers, Auditor auditor) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.offers = offers;
        this.auditor = auditor;
    }

    public List<CountryOffer> list() {
        return tx.read(offers::list);
    }

    /**
     * Read-only "may this user edit the price table, and why not" (R10, R4a): only an operator
     * may. Empty when {@link #save} would accept a valid offer; both decide with the same
     * method. Stores nothing.
     */
    public List<Reason> mayEditPrices(Actor actor) {
        return tx.read(() -> problems(acting.user(actor)));
    }

    private List<Reason> problems(User user) {
        return access.check(user, Permission.OPERATE).stream().toList();
    }

    /** Sets one country's offer (a self-validating record); refused with every reason of {@link #mayEditPrices}. */
    public CountryOffer save(Actor actor, CountryOffer offer) {
        return tx.write(() -> {
            User operator = acting.user(actor);
            ActionRefusedException.throwIfAny(problems(operator));
            String before = offers.find(offer.country()).map(PriceService::describe).orElse("");
            offers.save(offer);
            auditor.record(operator, actor, "price.changed", "price " + offer.country(), before, describe(offer));
            return offer;
        });
    }

    private static String describe(CountryOffer o) {
        return o.price().format() + " + tax " + o.taxRateText() + (o.cardAllowed() ? ", card and wire" : ", wire only");
    }
}

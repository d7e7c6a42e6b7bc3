package com.actionpack.core.usecase.benefits;

import com.actionpack.core.benefits.BenefitCatalog;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.OfficeValidity;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.RedemptionRepository;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.usecase.ActingUsers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Read-only query (R13a): every Office redemption of the signed-in user's account, across all
 * its terms (the validity outlives the membership), with the day it was actually activated and
 * the last day it is valid. Oldest redemption first.
 */
public final class OfficeSubscriptions {

    private final Transactions tx;
    private final ActingUsers acting;
    private final MembershipRepository memberships;
    private final BenefitCatalog catalog;
    private final RedemptionRepository redemptions;

    public OfficeSubscriptions(Transactions tx, ActingUsers acting, MembershipRepository memberships, BenefitCatalog catalog,
            RedemptionRepository redemptions) {
        this.tx = tx;
        this.acting = acting;
        this.memberships = memberships;
        this.catalog = catalog;
        this.redemptions = redemptions;
    }

    public List<OfficeValidity> list(Actor actor) {
        return tx.read(() -> {
            long accountId = acting.user(actor).accountId();
            List<OfficeValidity> result = new ArrayList<>();
            for (Membership m : memberships.listByAccount(accountId)) {
                for (Redemption r : redemptions.listByMembership(m.id())) {
                    validity(r).ifPresent(result::add);
                }
            }
            result.sort(Comparator.comparingLong(v -> v.redemption().id()));
            return List.copyOf(result);
        });
    }

    /** The validity of one redemption when it is of an Office product; call inside a transaction. */
    Optional<OfficeValidity> validity(Redemption r) {
        Optional<CatalogBenefit> benefit = catalog.find(r.benefitId()).filter(CatalogBenefit::isOfficeProduct);
        return benefit.map(b -> OfficeValidity.of(r.withKeyHidden(), b, redemptions.findActivation(r.id())));
    }
}

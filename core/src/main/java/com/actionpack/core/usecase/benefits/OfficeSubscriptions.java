package com.actionpack.core.usecase.benefits;

import com.actionpack.core.benefits.BenefitCatalog;
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

/**
 * Read-only query (R13a): every Office redemption of the signed-in user's account, across all
 * its terms (the validity outlives the membership), with the day it was actually activated and
 * the last day it is valid. Oldest redemption first.
 */
public final class OfficeSubscriptions {

    private final Transactions tx;
    private final ActingUsers acting;
    private final MembershipRepository memberships;
    private final RedemptionRepository redemptions;
    private final OfficeValidities validities;

    public OfficeSubscriptions(Transactions tx, ActingUsers acting, MembershipRepository memberships, BenefitCatalog catalog,
            RedemptionRepository redemptions) {
        this.tx = tx;
        this.acting = acting;
        this.memberships = memberships;
        this.redemptions = redemptions;
        this.validities = new OfficeValidities(catalog, redemptions);
    }

    public List<OfficeValidity> list(Actor actor) {
        return tx.read(() -> {
            long accountId = acting.user(actor).accountId();
            List<OfficeValidity> result = new ArrayList<>();
            for (Membership m : memberships.listByAccount(accountId)) {
                for (Redemption r : redemptions.listByMembership(m.id())) {
                    validities.of(r).ifPresent(result::add);
                }
            }
            result.sort(Comparator.comparingLong(v -> v.redemption().id()));
            return List.copyOf(result);
        });
    }
}

package com.actionpack.core.usecase.benefits;

import com.actionpack.core.benefits.BenefitCatalog;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.OfficeValidity;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.RedemptionRepository;
import java.util.Optional;

/** R13a: one redemption's Office validity, shared by the query and the use case; call inside a transaction. */
final class OfficeValidities {

    private final BenefitCatalog catalog;
    private final RedemptionRepository redemptions;

    OfficeValidities(BenefitCatalog catalog, RedemptionRepository redemptions) {
        this.catalog = catalog;
        this.redemptions = redemptions;
    }

    /** The validity of {@code r} when it is of an Office product, from a recorded later activation if any. */
    Optional<OfficeValidity> of(Redemption r) {
        Optional<CatalogBenefit> benefit = catalog.find(r.benefitId()).filter(CatalogBenefit::isOfficeProduct);
        return benefit.map(b -> OfficeValidity.of(r.withKeyHidden(), b, redemptions.findActivation(r.id())));
    }
}

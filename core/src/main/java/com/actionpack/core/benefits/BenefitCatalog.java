package com.actionpack.core.benefits;

import java.util.List;
import java.util.Optional;

/** Out-port: the MAPS and LAPS benefit tables (R18). */
public interface BenefitCatalog {

    /** The pack's benefits in the source's order. */
    List<CatalogBenefit> list(BenefitPack pack);

    Optional<CatalogBenefit> find(String benefitId);
}

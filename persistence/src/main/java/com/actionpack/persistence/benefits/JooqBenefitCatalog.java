package com.actionpack.persistence.benefits;

import static com.actionpack.persistence.jooq.Tables.BENEFIT_CATALOG;

import com.actionpack.core.benefits.BenefitCatalog;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitType;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.RedemptionKind;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.jooq.tables.records.BenefitCatalogRecord;
import java.util.List;
import java.util.Optional;

/** The MAPS and LAPS tables, loaded by migration V2 from the source document (R18). */
public final class JooqBenefitCatalog implements BenefitCatalog {

    private final SqliteTransactions tx;

    public JooqBenefitCatalog(SqliteTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<CatalogBenefit> list(BenefitPack pack) {
        return tx.dsl().selectFrom(BENEFIT_CATALOG).where(BENEFIT_CATALOG.PACK.eq(pack.name()))
                .orderBy(BENEFIT_CATALOG.POSITION).fetch(JooqBenefitCatalog::toBenefit);
    }

    @Override
    public Optional<CatalogBenefit> find(String benefitId) {
        return tx.dsl().selectFrom(BENEFIT_CATALOG).where(BENEFIT_CATALOG.ID.eq(benefitId))
                .fetchOptional(JooqBenefitCatalog::toBenefit);
    }

    static CatalogBenefit toBenefit(BenefitCatalogRecord r) {
        return new CatalogBenefit(r.getId(), BenefitPack.valueOf(r.getPack()), Math.toIntExact(r.getGroupNo()),
                Math.toIntExact(r.getPosition()), r.getCategory(), r.getName(), BenefitType.valueOf(r.getBenefitType()),
                r.getOfferDetails(), Math.toIntExact(r.getQuantity()), RedemptionKind.valueOf(r.getRedemptionKind()));
    }
}

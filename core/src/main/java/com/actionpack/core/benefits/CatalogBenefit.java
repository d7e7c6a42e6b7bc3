package com.actionpack.core.benefits;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of the MAPS or LAPS benefit table, as written in the source (R18).
 *
 * @param id stable code, e.g. {@code MAPS-07}
 * @param group the source's group (heading row) counting from 1, or 0 where the table has none;
 *     two MAPS groups share the heading "Data and AI", so group, not category, keeps them apart
 * @param position the row's place in its table, from 1
 * @param category the source's group heading (MAPS), or "" (LAPS)
 * @param offerDetails the "Offer Details" cell exactly as written
 * @param quantity the number stated in the offer details, or 0 where none is stated
 */
public record CatalogBenefit(
        String id,
        BenefitPack pack,
        int group,
        int position,
        String category,
        String name,
        BenefitType type,
        String offerDetails,
        int quantity) {

    public CatalogBenefit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(offerDetails, "offerDetails");
    }

    public OptionalInt statedQuantity() {
        return quantity > 0 ? OptionalInt.of(quantity) : OptionalInt.empty();
    }

    /**
     * Units that can be redeemed: the stated quantity, or one activation where the source
     * states an amount rather than a count ("US$100 monthly credit").
     */
    public int redeemableUnits() {
        return quantity > 0 ? quantity : 1;
    }

    /** On-premises software reveals a product key when redeemed (R19). */
    public boolean revealsProductKey() {
        return type == BenefitType.ON_PREMISES;
    }

    /** Office subscriptions run 365 days from their own activation (R13). */
    public boolean isOfficeSubscription() {
        return type != BenefitType.ON_PREMISES && name.contains("Office 365");
    }
}

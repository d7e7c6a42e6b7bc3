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
 * @param redemptionKind how the benefit is redeemed (R18a): a property of the row kept beside
 *     the published table, not part of it
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
        int quantity,
        RedemptionKind redemptionKind) {

    public CatalogBenefit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(offerDetails, "offerDetails");
        Objects.requireNonNull(redemptionKind, "redemptionKind");
    }

    public OptionalInt statedQuantity() {
        return quantity > 0 ? OptionalInt.of(quantity) : OptionalInt.empty();
    }

    /**
     * Units that can be redeemed: the stated quantity, or one activation where the source
     * states an amount rather than a count ("US$100 monthly credit").
     */
    public int redeemableUnits() {
        return unitsFor(quantity);
    }

    /**
     * R19: the units a term can redeem of a benefit whose offer states {@code statedQuantity}
     * (0 where it states none): the one home of this rule, which the console's "left" and the
     * benefit reports' quantity both ask.
     */
    public static int unitsFor(long statedQuantity) {
        return statedQuantity > 0 ? Math.toIntExact(statedQuantity) : 1;
    }

    /** R18a, R19: redeeming reveals a product key (on-premises software, MAPS or LAPS alike). */
    public boolean revealsProductKey() {
        return redemptionKind == RedemptionKind.PRODUCT_KEY;
    }

    /** R18a: the benefit is activated for a tenant or user, who must be named when redeeming. */
    public boolean needsTarget() {
        return redemptionKind.needsTarget();
    }

    /**
     * R13a: the pack's Office products (MAPS: Microsoft Office 365 E3 and Microsoft Office
     * Professional Plus 2019; LAPS: Microsoft Office 365 (E3) Seats), by the source's own names.
     * Each is valid for 365 days from its actual activation, whatever its redemption kind.
     */
    public boolean isOfficeProduct() {
        return name.startsWith("Microsoft Office ");
    }
}

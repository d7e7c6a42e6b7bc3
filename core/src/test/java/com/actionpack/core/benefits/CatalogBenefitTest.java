package com.actionpack.core.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogBenefitTest {

    private static CatalogBenefit with(int quantity) {
        return new CatalogBenefit("MAPS-99", BenefitPack.MAPS, 1, 1, "Group", "Name", BenefitType.CLOUD_SERVICE,
                "as written", quantity, RedemptionKind.ACTIVATION);
    }

    @Test
    @DisplayName("R18: a quantity is stated only where the source states one (1 and up); 0 means none stated")
    void statedQuantity() {
        assertTrue(with(0).statedQuantity().isEmpty());
        assertEquals(OptionalInt.of(1), with(1).statedQuantity());
        assertEquals(OptionalInt.of(16), with(16).statedQuantity());
    }
}

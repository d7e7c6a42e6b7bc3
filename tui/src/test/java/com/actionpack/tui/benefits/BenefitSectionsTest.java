package com.actionpack.tui.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.CatalogBenefit;
import com.actionpack.core.benefits.SourceCatalog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenefitSectionsTest {

    @Test
    @DisplayName("R18: the MAPS catalog's headings each once, in source order, though two source groups share 'Data and AI'")
    void eachHeadingOnce() {
        List<CatalogBenefit> maps = SourceCatalog.of(BenefitPack.MAPS);
        List<BenefitsScreen.Section<CatalogBenefit>> sections = BenefitsScreen.sections(maps, b -> b);
        assertEquals(List.of("Apps and infrastructure", "Business applications", "Data and AI"),
                sections.stream().map(BenefitsScreen.Section::heading).toList());
        assertEquals(maps, sections.stream().flatMap(s -> s.items().stream()).toList(), "every row, in order");
        assertEquals(23, sections.get(2).items().size());
        assertEquals(1, BenefitsScreen.sections(SourceCatalog.of(BenefitPack.LAPS), b -> b).size());
    }
}

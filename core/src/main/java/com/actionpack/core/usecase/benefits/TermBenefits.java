package com.actionpack.core.usecase.benefits;

import com.actionpack.core.benefits.BenefitLine;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.membership.Membership;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * R12a: the benefits of a term renewed inside its window, still visible and usable beside the
 * new term's until the renewed term's own benefits end date (AD + 30).
 *
 * @param membership the renewed term (status RENEWED), whose number and dates label the section
 * @param benefitsEnd the last day its benefits may be used: its AD + 30
 * @param lines its pack's catalog with used and left; empty when no pack was chosen in that term
 * @param redemptions its redemptions, product keys hidden
 */
public record TermBenefits(Membership membership, LocalDate benefitsEnd, List<BenefitLine> lines,
        List<Redemption> redemptions) {

    public TermBenefits {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(benefitsEnd, "benefitsEnd");
        lines = List.copyOf(lines);
        redemptions = List.copyOf(redemptions);
    }

    public Optional<BenefitPack> pack() {
        return membership.chosenPack();
    }

    /** "Term 1 (renewed): benefits until 2027-12-24". */
    public String label() {
        return "Term " + membership.term() + " (renewed): benefits until " + benefitsEnd;
    }
}

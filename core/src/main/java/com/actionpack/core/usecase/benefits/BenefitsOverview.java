package com.actionpack.core.usecase.benefits;

import com.actionpack.core.benefits.BenefitLine;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitsStatus;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.membership.Membership;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Benefits workspace (R16, R17, R19, R13): provisioning status, the one-time pack choice,
 * the chosen catalog with quantities used and left, and the term's redemptions.
 *
 * @param choiceOffered true when the MAPS/LAPS choice screen is to be shown (R17)
 * @param earlierTerms terms renewed inside their window whose benefits still run (R12a), newest
 *     first; empty outside the overlap
 */
public record BenefitsOverview(
        Optional<Membership> membership,
        BenefitsStatus status,
        Optional<Instant> availableAt,
        Optional<BenefitPack> pack,
        boolean choiceOffered,
        List<BenefitLine> lines,
        List<Redemption> redemptions,
        List<TermBenefits> earlierTerms) {

    public BenefitsOverview {
        lines = List.copyOf(lines);
        redemptions = List.copyOf(redemptions);
        earlierTerms = List.copyOf(earlierTerms);
    }

    /** The current term's number and benefits end, for labelling it beside earlier ones (R12a). */
    public Optional<String> currentLabel() {
        return membership.map(m -> "Term " + m.term() + ": benefits until " + m.dates().benefitsEndDate());
    }
}

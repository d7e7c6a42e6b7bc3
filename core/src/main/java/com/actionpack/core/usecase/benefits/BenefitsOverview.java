package com.actionpack.core.usecase.benefits;

import com.actionpack.core.benefits.BenefitLine;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.BenefitsStatus;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.common.Reason;
import com.actionpack.core.membership.Membership;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Benefits workspace (R16, R17, R19, R13): provisioning status, the one-time pack choice,
 * the chosen catalog with quantities used and left, and the term's redemptions.
 *
 * @param choiceOffered true when the MAPS/LAPS choice screen is to be shown: the term is
 *     provisioned, has no pack yet, and this user may choose it (R17, R17a)
 * @param earlierTerms terms renewed inside their window whose benefits still run (R12a), newest
 *     first; empty outside the overlap
 * @param choiceReasons why this user may not choose a pack the term still lacks (R17a: only a
 *     Global admin or MPN Partner admin chooses); empty when offered or nothing is to be chosen
 */
public record BenefitsOverview(
        Optional<Membership> membership,
        BenefitsStatus status,
        Optional<Instant> availableAt,
        Optional<BenefitPack> pack,
        boolean choiceOffered,
        List<BenefitLine> lines,
        List<Redemption> redemptions,
        List<TermBenefits> earlierTerms,
        List<Reason> choiceReasons) {

    public BenefitsOverview {
        lines = List.copyOf(lines);
        redemptions = List.copyOf(redemptions);
        earlierTerms = List.copyOf(earlierTerms);
        choiceReasons = List.copyOf(choiceReasons);
    }

    /** The chosen pack's totals this term: benefits, units used and left (R19). */
    public com.actionpack.core.benefits.BenefitTotals totals() {
        return com.actionpack.core.benefits.BenefitTotals.of(lines);
    }

    /** The current term's number and benefits end, for labelling it beside earlier ones (R12a). */
    public Optional<String> currentLabel() {
        return membership.map(m -> "Term " + m.term() + ": benefits until " + m.dates().benefitsEndDate());
    }
}

package org.cadretraining.credit;

import java.util.List;
import java.util.stream.Stream;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance as figures for the home pages and reports: how many cadres of a person's scope meet each requirement,
 * the same per unit below the scope's root, how many the compliance page lists, and one cadre's progress. Every
 * figure is a sum of the units' counts, which move with each cadre's judgement in the transaction that changes it,
 * and the compliance page counts its rows from the same counts, so a figure and the list behind it cannot disagree.
 */
@Service
public class ComplianceFigures {

    /** Cadres held to one requirement (a tier's hours in a category) and how many of them meet it. */
    public record RequirementRate(String tier, CreditCategory category, CreditHours hours, long cadres, long met) {
        public int percent() {
            return cadres == 0 ? 0 : (int) (met * 100 / cadres);
        }
    }

    /** The cadres of one unit's subtree and how many meet every requirement they are held to. */
    public record UnitRate(long unitId, LocalizedText unit, long cadres, long meetingAll) {
        public int percent() {
            return cadres == 0 ? 0 : (int) (meetingAll * 100 / cadres);
        }
    }

    /** How far a cadre is toward one requirement over the years of its window. */
    public record RequirementProgress(
            CreditCategory category,
            int firstYear,
            int lastYear,
            CreditHours required,
            CreditHours earned,
            MetBy metBy,
            int percent) {

        public boolean met() {
            return metBy != MetBy.NOT_YET;
        }
    }

    private final CreditScope scope;
    private final StandingCurrency currency;
    private final ComplianceCounts counts;
    private final Requirements requirements;
    private final CadreProgress progress;

    ComplianceFigures(
            CreditScope scope,
            StandingCurrency currency,
            ComplianceCounts counts,
            Requirements requirements,
            CadreProgress progress) {
        this.scope = scope;
        this.currency = currency;
        this.counts = counts;
        this.requirements = requirements;
        this.progress = progress;
    }

    /** Each requirement's rate over the person's whole scope; refused to anyone without a subtree. */
    @Transactional(readOnly = true)
    public List<RequirementRate> rates(CurrentUser user) {
        String path = scope.reportPath(null, user);
        currency.ensureCurrent();
        List<Requirement> all = requirements.all();
        return counts.byTier(path).stream()
                .flatMap(t -> Stream.of(
                        rate(t, all, CreditCategory.FULL_TIME, t.fullTimeMet()),
                        rate(t, all, CreditCategory.ONLINE, t.onlineMet())))
                .toList();
    }

    /** The subtree rate of each unit right below the root of the person's scope, the root's own cadres first. */
    @Transactional(readOnly = true)
    public List<UnitRate> unitsBelow(CurrentUser user) {
        String path = scope.reportPath(null, user);
        currency.ensureCurrent();
        return counts.branches(path).stream()
                .map(b ->
                        new UnitRate(b.unitId(), new LocalizedText(b.nameZh(), b.nameEn()), b.cadres(), b.meetingAll()))
                .toList();
    }

    /** How many cadres the compliance page lists for the person with no filter: those below any requirement. */
    @Transactional(readOnly = true)
    public long belowAnyRequirement(CurrentUser user) {
        String path = scope.reportPath(null, user);
        currency.ensureCurrent();
        return counts.below(path, null);
    }

    public List<RequirementProgress> progressOf(long cadreId) {
        return progress.of(cadreId).stream()
                .map(p -> new RequirementProgress(
                        p.category(), p.firstYear(), p.lastYear(), p.required(), p.earned(), p.metBy(), p.percent()))
                .toList();
    }

    private static RequirementRate rate(
            ComplianceCounts.TierCount tier, List<Requirement> all, CreditCategory category, long met) {
        return new RequirementRate(
                tier.tier(),
                category,
                Requirements.of(all, tier.tier(), category).hours(),
                tier.cadres(),
                met);
    }
}

package vn.vnpt.bacgiang.cskh.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The running score of an inspection: per section and overall, the weighted share earned over the
 * weight of the scored items answered so far (not applicable ones left out), as a percentage; and the
 * critical items that fail, each a knock-out that fails the inspection whatever the score (decision 0019).
 */
public record Scorecard(List<SectionScore> sections, @Nullable Double overall, List<Long> knockOuts,
                        List<Long> failing) {

    public record SectionScore(long sectionId, String title, @Nullable Double percent) {
    }

    public boolean knockedOut() {
        return !knockOuts.isEmpty();
    }

    public static Scorecard of(ChecklistTemplate template, Map<Long, String> values) {
        List<SectionScore> sections = new ArrayList<>();
        List<Long> knockOuts = new ArrayList<>();
        List<Long> failing = new ArrayList<>();
        double earned = 0;
        double weight = 0;
        for (ChecklistSection section : template.getSections()) {
            double sectionEarned = 0;
            double sectionWeight = 0;
            for (ChecklistItem item : section.getItems()) {
                Verdict verdict = Verdict.of(item, values.get(item.getId()));
                if (verdict.share() != null) {
                    sectionEarned += verdict.share() * item.getWeight();
                    sectionWeight += item.getWeight();
                }
                if (verdict.fails()) {
                    failing.add(item.getId());
                    if (item.isCritical()) {
                        knockOuts.add(item.getId());
                    }
                }
            }
            sections.add(new SectionScore(section.getId(), section.getTitle(), percent(sectionEarned, sectionWeight)));
            earned += sectionEarned;
            weight += sectionWeight;
        }
        return new Scorecard(List.copyOf(sections), percent(earned, weight), List.copyOf(knockOuts),
                List.copyOf(failing));
    }

    private static @Nullable Double percent(double earned, double weight) {
        return weight == 0 ? null : earned * 100 / weight;
    }
}

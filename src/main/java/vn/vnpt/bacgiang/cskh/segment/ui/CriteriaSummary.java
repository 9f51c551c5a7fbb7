package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.Component;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.segment.CriteriaGroup;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.SegmentCriteria;

/** Criteria in one line of the user's language, e.g. "(Hạng VIP: Vàng VÀ …) HOẶC (…)". */
final class CriteriaSummary {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final Component translator;
    private final Function<Long, String> unitName;

    CriteriaSummary(Component translator, Function<Long, String> unitName) {
        this.translator = translator;
        this.unitName = unitName;
    }

    String describe(SegmentCriteria criteria) {
        List<CriteriaGroup> groups = criteria.groups().stream().filter(group -> !group.criteria().isEmpty()).toList();
        if (groups.size() < criteria.groups().size() || groups.isEmpty()) {
            return t("segment.summary.everyone");
        }
        String or = " " + t("segment.group.or") + " ";
        return groups.stream().map(group -> groups.size() > 1 && group.criteria().size() > 1
                ? "(" + group(group) + ")" : group(group)).collect(Collectors.joining(or));
    }

    private String group(CriteriaGroup group) {
        String and = " " + t("segment.group.and") + " ";
        return group.criteria().stream().map(criterion -> t(criterion.type().labelKey()) + ": " + values(criterion))
                .collect(Collectors.joining(and));
    }

    private String values(Criterion criterion) {
        return switch (criterion) {
            case Criterion.Districts c -> join(c.districts().stream().map(d -> d.displayName()).toList());
            case Criterion.ManagingUnits c -> join(c.unitIds().stream().map(unitName).toList());
            case Criterion.CustomerKinds c -> labels(c.kinds().stream().map(kind -> kind.labelKey()).toList());
            case Criterion.Services c -> labels(c.services().stream().map(service -> service.labelKey()).toList());
            case Criterion.Packages c -> join(c.packageNames());
            case Criterion.SubscriptionStates c -> labels(c.statuses().stream()
                    .map(status -> "segment.state." + status.name()).toList());
            case Criterion.Tenure c -> range(c.fromYears(), c.toYears(), Long::toString);
            case Criterion.ArpuBand c -> range(c.from(), c.to(), VnFormats::money);
            case Criterion.ArpuTrends c -> labels(c.trends().stream().map(trend -> trend.labelKey()).toList());
            case Criterion.Birthday c -> birthday(c);
            case Criterion.Overdue c -> range(c.from(), c.to(), VnFormats::money);
            case Criterion.ComplaintCount c -> range(c.from(), c.to(), Long::toString);
            case Criterion.RecentComplaint c -> translator.getTranslation("segment.summary.days", c.withinDays());
            case Criterion.VipTiers c -> labels(c.tiers().stream().map(tier -> tier.labelKey()).toList());
            case Criterion.ChurnRisks c -> labels(c.levels().stream().map(level -> level.labelKey()).toList());
            case Criterion.RecentInstall c -> translator.getTranslation("segment.summary.days", c.withinDays());
        };
    }

    private String range(@Nullable Number from, @Nullable Number to, LongFunction<String> format) {
        List<String> parts = new ArrayList<>();
        if (from != null) {
            parts.add(translator.getTranslation("segment.summary.from", format.apply(from.longValue())));
        }
        if (to != null) {
            parts.add(translator.getTranslation("segment.summary.to", format.apply(to.longValue())));
        }
        return String.join(" ", parts);
    }

    private String birthday(Criterion.Birthday c) {
        return switch (c.periodOrDays()) {
            case DAYS -> day(c.from()) + " – " + day(c.to());
            case THIS_MONTH -> t(c.periodOrDays().labelKey());
            case NEXT_DAYS -> translator.getTranslation("segment.summary.nextDays", c.days());
        };
    }

    private static String day(@Nullable MonthDay day) {
        return day == null ? "?" : DAY_MONTH.format(day);
    }

    private String labels(List<String> keys) {
        return join(keys.stream().map(this::t).toList());
    }

    private static String join(Collection<String> values) {
        return String.join(", ", values);
    }

    private String t(String key) {
        return translator.getTranslation(key);
    }
}

package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.ArpuTrend;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.customer.SubscriptionStatus;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.segment.Criterion;

/** Builds the editor of each kind of criterion, filled with a criterion's values. */
final class CriterionEditors {

    private final Component translator;
    private final Map<Long, String> unitNames;
    private final Supplier<List<String>> packageNames;

    /**
     * @param units the managing units the user may pick (their scope's sales units and stores)
     * @param packageNames read only when a package criterion is first added
     */
    CriterionEditors(Component translator, List<Unit> units, Supplier<List<String>> packageNames) {
        this.translator = translator;
        this.unitNames = units.stream().collect(Collectors.toMap(unit -> Objects.requireNonNull(unit.getId()),
                Unit::getName, (a, b) -> a, LinkedHashMap::new));
        this.packageNames = packageNames;
    }

    CriterionEditor editorFor(Criterion criterion) {
        return switch (criterion) {
            case Criterion.Districts c -> new ChoiceEditor<>(c.type(), List.of(District.values()),
                    District::displayName, c.districts(), Criterion.Districts::new);
            case Criterion.ManagingUnits c -> new ChoiceEditor<>(c.type(), unitNames.keySet(),
                    id -> unitNames.getOrDefault(id, "#" + id), c.unitIds(), Criterion.ManagingUnits::new);
            case Criterion.CustomerKinds c -> new ChoiceEditor<>(c.type(), List.of(CustomerKind.values()),
                    kind -> t(kind.labelKey()), c.kinds(), Criterion.CustomerKinds::new);
            case Criterion.Services c -> new ChoiceEditor<>(c.type(), List.of(Service.values()),
                    service -> t(service.labelKey()), c.services(), Criterion.Services::new);
            case Criterion.Packages c -> new ChoiceEditor<>(c.type(), packageNames.get(), name -> name,
                    c.packageNames(), Criterion.Packages::new);
            case Criterion.SubscriptionStates c -> new ChoiceEditor<>(c.type(), List.of(SubscriptionStatus.values()),
                    status -> t("segment.state." + status.name()), c.statuses(), Criterion.SubscriptionStates::new);
            case Criterion.Tenure c -> new RangeEditor(c.type(), c.fromYears(), c.toYears(), null,
                    (from, to) -> new Criterion.Tenure(asInt(from), asInt(to)));
            case Criterion.ArpuBand c -> new RangeEditor(c.type(), c.from(), c.to(), "₫", Criterion.ArpuBand::new);
            case Criterion.ArpuTrends c -> new ChoiceEditor<>(c.type(), List.of(ArpuTrend.values()),
                    trend -> t(trend.labelKey()), c.trends(), Criterion.ArpuTrends::new);
            case Criterion.Birthday c -> new BirthdayEditor(c);
            case Criterion.Overdue c -> new RangeEditor(c.type(), c.from(), c.to(), "₫", Criterion.Overdue::new);
            case Criterion.ComplaintCount c -> new RangeEditor(c.type(), c.from(), c.to(), null,
                    (from, to) -> new Criterion.ComplaintCount(asInt(from), asInt(to)));
            case Criterion.RecentComplaint c -> new DaysEditor(c.type(), c.withinDays(),
                    Criterion.RecentComplaint::new);
            case Criterion.VipTiers c -> new ChoiceEditor<>(c.type(), List.of(VipTier.values()),
                    tier -> t(tier.labelKey()), c.tiers(), Criterion.VipTiers::new);
            case Criterion.ChurnRisks c -> new ChoiceEditor<>(c.type(), List.of(ChurnRisk.values()),
                    level -> t(level.labelKey()), c.levels(), Criterion.ChurnRisks::new);
            case Criterion.RecentInstall c -> new DaysEditor(c.type(), c.withinDays(), Criterion.RecentInstall::new);
        };
    }

    private String t(String key) {
        return translator.getTranslation(key);
    }

    private static @Nullable Integer asInt(@Nullable Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}

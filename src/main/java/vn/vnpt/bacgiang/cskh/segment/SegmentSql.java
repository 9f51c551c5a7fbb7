package vn.vnpt.bacgiang.cskh.segment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.customer.SubscriptionStatus;

/**
 * Turns criteria into the {@code WHERE} clause of a query on {@code customer c}, with every value
 * a named parameter. The user's scope is always the first condition, so each preset's leading
 * column plus {@code unit_path} and {@code district} come from one covering index of V3.
 */
final class SegmentSql {

    private final MapSqlParameterSource parameters = new MapSqlParameterSource();
    private final LocalDate today;
    private final Function<Set<Long>, List<String>> unitPaths;
    private int next;

    private SegmentSql(LocalDate today, Function<Set<Long>, List<String>> unitPaths) {
        this.today = today;
        this.unitPaths = unitPaths;
    }

    record Where(String sql, MapSqlParameterSource parameters) {

        /** The statement with its values: equal for two criteria that count the same customers. */
        String key() {
            return sql + " " + new TreeMap<>(parameters.getValues());
        }
    }

    /**
     * @param unitPaths the materialised paths of the given unit ids, for "managed by these units or below"
     */
    static Where of(SegmentCriteria criteria, String scopePattern, LocalDate today,
                    Function<Set<Long>, List<String>> unitPaths) {
        SegmentSql sql = new SegmentSql(today, unitPaths);
        String scope = "c.unit_path LIKE " + sql.bind(scopePattern);
        // a group without criteria matches everyone: the statement is then the scope's alone, as for no group
        boolean everyone = criteria.groups().stream().anyMatch(group -> group.criteria().isEmpty());
        List<String> groups = everyone ? List.of() : criteria.groups().stream().map(sql::group).toList();
        String where = groups.isEmpty() ? scope
                : scope + " AND (" + String.join(" OR ", groups) + ")";
        return new Where(where, sql.parameters);
    }

    private String group(CriteriaGroup group) {
        return "(" + group.criteria().stream().map(this::condition).collect(Collectors.joining(" AND ")) + ")";
    }

    private String condition(Criterion criterion) {
        return switch (criterion) {
            case Criterion.Districts c -> in("c.district", names(c.districts()));
            case Criterion.ManagingUnits c -> underUnits(c.unitIds());
            case Criterion.CustomerKinds c -> in("c.kind", names(c.kinds()));
            case Criterion.Services c -> "(c.services & " + bind(Service.mask(c.services())) + ") <> 0";
            case Criterion.Packages c -> "EXISTS (SELECT 1 FROM subscription s WHERE s.customer_id = c.id"
                    + " AND s.package_name IN (" + bind(List.copyOf(c.packageNames())) + ")"
                    + " AND s.status = 'ACTIVE')";
            case Criterion.SubscriptionStates c -> anyOf(c.statuses().stream().map(SegmentSql::state).toList());
            case Criterion.Tenure c -> tenure(c.fromYears(), c.toYears());
            case Criterion.ArpuBand c -> between("c.arpu", c.from(), c.to());
            case Criterion.ArpuTrends c -> in("c.arpu_trend", ordinals(c.trends()));
            case Criterion.Birthday c -> birthday(c.on(today));
            case Criterion.Overdue c -> between("c.overdue_amount", c.from(), c.to());
            case Criterion.ComplaintCount c -> between("c.complaints_12m", c.from(), c.to());
            case Criterion.RecentComplaint c -> "c.last_complaint_on >= " + bind(daysAgo(c.withinDays()));
            case Criterion.VipTiers c -> in("c.vip_tier", names(c.tiers()));
            case Criterion.ChurnRisks c -> in("c.churn_risk", ordinals(c.levels()));
            case Criterion.RecentInstall c -> "c.last_install_on >= " + bind(daysAgo(c.withinDays()));
        };
    }

    private String underUnits(Set<Long> unitIds) {
        List<String> paths = unitPaths.apply(unitIds);
        return paths.isEmpty() ? "FALSE"
                : anyOf(paths.stream().map(path -> "c.unit_path LIKE " + bind(path + "%")).toList());
    }

    private static String state(SubscriptionStatus status) {
        return switch (status) {
            case ACTIVE -> "c.services <> 0";
            case SUSPENDED -> "c.suspended_services <> 0";
            case CANCELLED -> "(c.services = 0 AND c.suspended_services = 0)";
        };
    }

    /** Whole years as {@link java.time.Period} counts them: at least N years means joined on or before today minus N years. */
    private String tenure(@Nullable Integer fromYears, @Nullable Integer toYears) {
        List<String> conditions = new ArrayList<>();
        if (fromYears != null) {
            conditions.add("c.customer_since <= " + bind(today.minusYears(fromYears)));
        }
        if (toYears != null) {
            conditions.add("c.customer_since > " + bind(today.minusYears(toYears + 1L)));
        }
        return allOf(conditions);
    }

    private String between(String column, @Nullable Number from, @Nullable Number to) {
        if (from != null && to != null) {
            return column + " BETWEEN " + bind(from) + " AND " + bind(to);
        }
        return from != null ? column + " >= " + bind(from) : column + " <= " + bind(Objects.requireNonNull(to));
    }

    private String birthday(Criterion.Birthday days) {
        MonthDay from = Objects.requireNonNull(days.from());
        MonthDay to = Objects.requireNonNull(days.to());
        String start = bind(monthDay(from));
        String end = bind(monthDay(to));
        return from.isAfter(to) ? "(c.birth_md >= " + start + " OR c.birth_md <= " + end + ")"
                : "c.birth_md BETWEEN " + start + " AND " + end;
    }

    /** The encoding of {@code customer.birth_md}: 20 December is 1220. */
    static int monthDay(MonthDay day) {
        return day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private LocalDate daysAgo(@Nullable Integer days) {
        return today.minusDays(Objects.requireNonNull(days));
    }

    private String in(String column, Collection<?> values) {
        return column + " IN (" + bind(List.copyOf(values)) + ")";
    }

    private static String anyOf(List<String> conditions) {
        return conditions.size() == 1 ? conditions.getFirst() : "(" + String.join(" OR ", conditions) + ")";
    }

    private static String allOf(List<String> conditions) {
        return conditions.size() == 1 ? conditions.getFirst() : "(" + String.join(" AND ", conditions) + ")";
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static List<Integer> ordinals(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::ordinal).toList();
    }

    private String bind(Object value) {
        String name = "p" + next++;
        parameters.addValue(name, value);
        return ":" + name;
    }
}

package vn.vnpt.bacgiang.cskh.segment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.customer.ArpuTrend;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.customer.SubscriptionStatus;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * One condition on a customer. Each filters on a stored column of the customer (its indicators are
 * kept up to date when its data changes), except {@link Packages}, which looks at the subscriptions.
 * Sets mean "any of"; ranges are inclusive and may be open at one end.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Criterion.Districts.class, name = "DISTRICTS"),
        @JsonSubTypes.Type(value = Criterion.ManagingUnits.class, name = "MANAGING_UNITS"),
        @JsonSubTypes.Type(value = Criterion.CustomerKinds.class, name = "CUSTOMER_KINDS"),
        @JsonSubTypes.Type(value = Criterion.Services.class, name = "SERVICES"),
        @JsonSubTypes.Type(value = Criterion.Packages.class, name = "PACKAGES"),
        @JsonSubTypes.Type(value = Criterion.SubscriptionStates.class, name = "SUBSCRIPTION_STATES"),
        @JsonSubTypes.Type(value = Criterion.Tenure.class, name = "TENURE"),
        @JsonSubTypes.Type(value = Criterion.ArpuBand.class, name = "ARPU_BAND"),
        @JsonSubTypes.Type(value = Criterion.ArpuTrends.class, name = "ARPU_TREND"),
        @JsonSubTypes.Type(value = Criterion.Birthday.class, name = "BIRTHDAY"),
        @JsonSubTypes.Type(value = Criterion.Overdue.class, name = "OVERDUE"),
        @JsonSubTypes.Type(value = Criterion.ComplaintCount.class, name = "COMPLAINT_COUNT"),
        @JsonSubTypes.Type(value = Criterion.RecentComplaint.class, name = "RECENT_COMPLAINT"),
        @JsonSubTypes.Type(value = Criterion.VipTiers.class, name = "VIP_TIERS"),
        @JsonSubTypes.Type(value = Criterion.ChurnRisks.class, name = "CHURN_RISK"),
        @JsonSubTypes.Type(value = Criterion.RecentInstall.class, name = "RECENT_INSTALL")})
public sealed interface Criterion {

    CriterionType type();

    /** Throws a {@link RuleViolation} naming {@code field} if the criterion cannot match sensibly. */
    void validate(String field);

    record Districts(Set<District> districts) implements Criterion {
        public Districts {
            districts = sorted(districts);
        }

        public CriterionType type() {
            return CriterionType.DISTRICTS;
        }

        public void validate(String field) {
            requireSome(districts, type(), field);
        }
    }

    /** Customers managed by these units or any unit below them. */
    record ManagingUnits(Set<Long> unitIds) implements Criterion {
        public ManagingUnits {
            unitIds = sorted(unitIds);
        }

        public CriterionType type() {
            return CriterionType.MANAGING_UNITS;
        }

        public void validate(String field) {
            requireSome(unitIds, type(), field);
        }
    }

    record CustomerKinds(Set<CustomerKind> kinds) implements Criterion {
        public CustomerKinds {
            kinds = sorted(kinds);
        }

        public CriterionType type() {
            return CriterionType.CUSTOMER_KINDS;
        }

        public void validate(String field) {
            requireSome(kinds, type(), field);
        }
    }

    /** Customers with an active subscription to any of these services. */
    record Services(Set<Service> services) implements Criterion {
        public Services {
            services = sorted(services);
        }

        public CriterionType type() {
            return CriterionType.SERVICES;
        }

        public void validate(String field) {
            requireSome(services, type(), field);
        }
    }

    /** Customers with an active subscription on any of these packages. */
    record Packages(Set<String> packageNames) implements Criterion {
        public Packages {
            packageNames = sorted(packageNames);
        }

        public CriterionType type() {
            return CriterionType.PACKAGES;
        }

        public void validate(String field) {
            requireSome(packageNames, type(), field);
        }
    }

    /**
     * Customers with an active subscription, with a suspended one, or (for {@code CANCELLED}) with
     * neither: every subscription they had is cancelled.
     */
    record SubscriptionStates(Set<SubscriptionStatus> statuses) implements Criterion {
        public SubscriptionStates {
            statuses = sorted(statuses);
        }

        public CriterionType type() {
            return CriterionType.SUBSCRIPTION_STATES;
        }

        public void validate(String field) {
            requireSome(statuses, type(), field);
        }
    }

    /** Whole years since the customer joined. */
    record Tenure(@Nullable Integer fromYears, @Nullable Integer toYears) implements Criterion {
        public CriterionType type() {
            return CriterionType.TENURE;
        }

        public void validate(String field) {
            requireRange(asLong(fromYears), asLong(toYears), type(), field, Long::toString);
        }
    }

    /** Average monthly revenue over the last three months, in VND. */
    record ArpuBand(@Nullable Long from, @Nullable Long to) implements Criterion {
        public CriterionType type() {
            return CriterionType.ARPU_BAND;
        }

        public void validate(String field) {
            requireRange(from, to, type(), field, VnFormats::money);
        }
    }

    record ArpuTrends(Set<ArpuTrend> trends) implements Criterion {
        public ArpuTrends {
            trends = sorted(trends);
        }

        public CriterionType type() {
            return CriterionType.ARPU_TREND;
        }

        public void validate(String field) {
            requireSome(trends, type(), field);
        }
    }

    /**
     * Birthdays (or founding days): from one day of the year to another (20/12 to 10/01 spans New Year), or a
     * period relative to the day the segment is counted, so that a saved "this month" follows the calendar.
     * Criteria saved before periods existed have no period and mean fixed days.
     */
    record Birthday(@Nullable Period period, @Nullable MonthDay from, @Nullable MonthDay to, @Nullable Integer days)
            implements Criterion {

        /** The most days a relative period may cover: a whole year. */
        public static final int MAX_DAYS = 365;

        public enum Period {
            /** From one fixed day of the year to another. */
            DAYS,
            /** The month of the day the segment is counted. */
            THIS_MONTH,
            /** The counting day and the {@code days - 1} days after it. */
            NEXT_DAYS;

            public String labelKey() {
                return "segment.birthday.period." + name();
            }
        }

        public Birthday {
            period = period == null ? Period.DAYS : period;
        }

        public Birthday(@Nullable MonthDay from, @Nullable MonthDay to) {
            this(Period.DAYS, from, to, null);
        }

        public static Birthday thisMonth() {
            return new Birthday(Period.THIS_MONTH, null, null, null);
        }

        public static Birthday nextDays(@Nullable Integer days) {
            return new Birthday(Period.NEXT_DAYS, null, null, days);
        }

        public CriterionType type() {
            return CriterionType.BIRTHDAY;
        }

        /** The period, never null: fixed days when the criterion was saved before periods existed. */
        public Period periodOrDays() {
            return Objects.requireNonNull(period);
        }

        public void validate(String field) {
            switch (periodOrDays()) {
                case DAYS -> {
                    if (from == null || to == null) {
                        throw new RuleViolation(type().violationKey("missing"), field);
                    }
                }
                case THIS_MONTH -> {
                }
                case NEXT_DAYS -> {
                    if (days == null || days < 1 || days > MAX_DAYS) {
                        throw new RuleViolation(type().violationKey("days"), field, MAX_DAYS);
                    }
                }
            }
        }

        /** The fixed days of the year this criterion means when counted on {@code today}. */
        public Birthday on(LocalDate today) {
            return switch (periodOrDays()) {
                case DAYS -> new Birthday(from, to);
                case THIS_MONTH -> new Birthday(MonthDay.of(today.getMonth(), 1),
                        MonthDay.of(today.getMonth(), today.getMonth().maxLength()));
                case NEXT_DAYS -> Objects.requireNonNull(days) >= MAX_DAYS
                        ? new Birthday(MonthDay.of(1, 1), MonthDay.of(12, 31))
                        : new Birthday(MonthDay.from(today), MonthDay.from(today.plusDays(days - 1L)));
            };
        }

        public boolean spansNewYear() {
            return from != null && to != null && from.isAfter(to);
        }
    }

    /** Overdue charges, in VND. */
    record Overdue(@Nullable Long from, @Nullable Long to) implements Criterion {
        public CriterionType type() {
            return CriterionType.OVERDUE;
        }

        public void validate(String field) {
            requireRange(from, to, type(), field, VnFormats::money);
        }
    }

    /** Complaints received in the last 12 months. */
    record ComplaintCount(@Nullable Integer from, @Nullable Integer to) implements Criterion {
        public CriterionType type() {
            return CriterionType.COMPLAINT_COUNT;
        }

        public void validate(String field) {
            requireRange(asLong(from), asLong(to), type(), field, Long::toString);
        }
    }

    /** The last complaint came in within this many days. */
    record RecentComplaint(@Nullable Integer withinDays) implements Criterion {
        public CriterionType type() {
            return CriterionType.RECENT_COMPLAINT;
        }

        public void validate(String field) {
            requireDays(withinDays, type(), field);
        }
    }

    record VipTiers(Set<VipTier> tiers) implements Criterion {
        public VipTiers {
            tiers = sorted(tiers);
        }

        public CriterionType type() {
            return CriterionType.VIP_TIERS;
        }

        public void validate(String field) {
            requireSome(tiers, type(), field);
        }
    }

    record ChurnRisks(Set<ChurnRisk> levels) implements Criterion {
        public ChurnRisks {
            levels = sorted(levels);
        }

        public CriterionType type() {
            return CriterionType.CHURN_RISK;
        }

        public void validate(String field) {
            requireSome(levels, type(), field);
        }
    }

    /** The newest subscription was installed within this many days: the welcome call. */
    record RecentInstall(@Nullable Integer withinDays) implements Criterion {
        public CriterionType type() {
            return CriterionType.RECENT_INSTALL;
        }

        public void validate(String field) {
            requireDays(withinDays, type(), field);
        }
    }

    /** Sorted so that the stored JSON and the summaries read the same every time. */
    private static <T extends Comparable<? super T>> Set<T> sorted(@Nullable Set<T> values) {
        return values == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    private static void requireSome(Set<?> values, CriterionType type, String field) {
        if (values.isEmpty()) {
            throw new RuleViolation(type.violationKey("empty"), field);
        }
    }

    private static void requireRange(@Nullable Long from, @Nullable Long to, CriterionType type, String field,
                                     LongFunction<String> format) {
        if (from == null && to == null) {
            throw new RuleViolation(type.violationKey("missing"), field);
        }
        if ((from != null && from < 0) || (to != null && to < 0)) {
            throw new RuleViolation(type.violationKey("negative"), field);
        }
        if (from != null && to != null && from > to) {
            throw new RuleViolation(type.violationKey("range"), field, format.apply(from), format.apply(to));
        }
    }

    private static void requireDays(@Nullable Integer days, CriterionType type, String field) {
        if (days == null || days < 1) {
            throw new RuleViolation(type.violationKey("days"), field);
        }
    }

    private static @Nullable Long asLong(@Nullable Integer value) {
        return value == null ? null : value.longValue();
    }
}

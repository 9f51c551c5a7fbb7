package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.MonthlyCharges;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.customer.SubscriptionStatus;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * A customer's subscriptions: how many and which services by kind of customer (a family has a
 * FiberVNN line and some SIMs, a company postpaid lines for its staff), when each started, its
 * status, the last twelve monthly bills and what is overdue.
 */
final class SubscriptionGenerator {

    private static final LocalDate FIBERVNN_LAUNCH = LocalDate.of(2009, 6, 1);
    private static final LocalDate MYTV_LAUNCH = LocalDate.of(2009, 11, 1);
    private static final Weighted<SubscriptionStatus> STATUS = Weighted.<SubscriptionStatus>builder()
            .add(90, SubscriptionStatus.ACTIVE).add(4, SubscriptionStatus.SUSPENDED)
            .add(6, SubscriptionStatus.CANCELLED)
            .build();

    private final RandomGenerator random;
    private final LocalDate asOf;
    private final LocalDate firstChargedMonth;
    private long nextId;

    SubscriptionGenerator(RandomGenerator random, LocalDate asOf, long firstId) {
        this.random = random;
        this.asOf = asOf;
        this.firstChargedMonth = asOf.withDayOfMonth(1).minusMonths(MonthlyCharges.MONTHS);
        this.nextId = firstId;
    }

    /** The day the last charged month ended: bills run over the twelve whole months before today. */
    static LocalDate chargesUntil(LocalDate asOf) {
        return asOf.withDayOfMonth(1).minusDays(1);
    }

    List<GeneratedSubscription> generate(CustomerKind kind, District district, LocalDate customerSince) {
        ServiceMix mix = ServiceMix.of(kind);
        int count = mix.count(random);
        List<GeneratedSubscription> subscriptions = new ArrayList<>(count);
        Set<Service> held = EnumSet.noneOf(Service.class);
        LocalDate myTvFrom = MYTV_LAUNCH;
        for (int i = 0; i < count; i++) {
            Service service = mix.service(random, held, kind.isOrganisation());
            LocalDate start = i == 0 ? customerSince : between(customerSince, asOf);
            start = switch (service) {
                case FIBERVNN -> notBefore(start, FIBERVNN_LAUNCH);
                case MYTV -> notBefore(start, myTvFrom);
                default -> start;
            };
            if (service == Service.FIBERVNN && start.isAfter(myTvFrom)) {
                myTvFrom = start;
            }
            held.add(service);
            subscriptions.add(subscription(service, district, start, kind.isOrganisation()));
        }
        return subscriptions;
    }

    private GeneratedSubscription subscription(Service service, District district, LocalDate start,
                                               boolean organisation) {
        long id = nextId++;
        ServicePackage servicePackage = ServicePackage.pick(random, service, organisation);
        SubscriptionStatus status = STATUS.pick(random);
        long[] charges = charges(servicePackage, start, status);
        LocalDate contractEnd = status != SubscriptionStatus.CANCELLED
                && (service == Service.VINAPHONE_POSTPAID || service == Service.FIBERVNN)
                && random.nextDouble() < 0.35 ? contractEnd(start) : null;
        // Suspended lines are mostly suspended for debt; a few active ones are behind on their bills.
        long overdue = service != Service.VINAPHONE_PREPAID && status != SubscriptionStatus.CANCELLED
                && random.nextDouble() < (status == SubscriptionStatus.SUSPENDED ? 0.6 : 0.03)
                ? overdueAmount(charges) : 0;
        return new GeneratedSubscription(id, service, SubscriptionNumbers.number(service, id, district),
                servicePackage.name(), start, status, contractEnd, overdue, new MonthlyCharges(charges));
    }

    /**
     * Bills from the month service started. The last three months fall before a suspension or a
     * cancellation, and for a few active lines too (falling spend is a churn signal); a few others rise.
     */
    private long[] charges(ServicePackage servicePackage, LocalDate start, SubscriptionStatus status) {
        long usual = servicePackage.usualCharge(random);
        long[] charges = new long[MonthlyCharges.MONTHS];
        int firstMonth = (int) Math.max(0, ChronoUnit.MONTHS.between(firstChargedMonth, start.withDayOfMonth(1)));
        int endMonth = switch (status) {
            case ACTIVE -> MonthlyCharges.MONTHS;
            case SUSPENDED -> MonthlyCharges.MONTHS - 1 - random.nextInt(3);
            case CANCELLED -> random.nextInt(-6, MonthlyCharges.MONTHS);
        };
        double lastMonthsFactor = status != SubscriptionStatus.ACTIVE || random.nextDouble() < 0.05
                ? random.nextDouble(0.35, 0.7)
                : random.nextDouble() < 0.05 ? random.nextDouble(1.2, 1.6) : 1;
        for (int month = firstMonth; month < endMonth; month++) {
            long charge = servicePackage.monthCharge(random, usual);
            charges[month] = month >= endMonth - 3 ? ServicePackage.roundToThousand(charge * lastMonthsFactor) : charge;
        }
        return charges;
    }

    /** Commitments of 12 or 24 months, renewed until the current one: some end within weeks. */
    private LocalDate contractEnd(LocalDate start) {
        int term = random.nextBoolean() ? 12 : 24;
        LocalDate end = start.plusMonths(term);
        while (end.isBefore(asOf.minusDays(120))) {
            end = end.plusMonths(term);
        }
        return end;
    }

    /** One to three months of the latest bill. */
    private long overdueAmount(long[] charges) {
        long latest = 0;
        for (long charge : charges) {
            latest = charge > 0 ? charge : latest;
        }
        return latest == 0 ? 0 : latest * random.nextInt(1, 4);
    }

    /** A service launched (or a MyTV box installed) after the customer joined starts some time after that. */
    private LocalDate notBefore(LocalDate start, LocalDate earliest) {
        return !start.isBefore(earliest) ? start
                : between(earliest, earliest.plusYears(2).isAfter(asOf) ? asOf : earliest.plusYears(2));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }
}

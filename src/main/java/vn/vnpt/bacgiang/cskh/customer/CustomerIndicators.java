package vn.vnpt.bacgiang.cskh.customer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Derives a customer's indicators from their subscriptions and complaints, as of a date. Every
 * rule is simple enough to explain to the care staff who call the customer ({@link ChurnReason}).
 * Used wherever customer data is written (the entity, the import, the data generator), so the
 * segment builder filters on stored columns instead of aggregating subscriptions.
 */
public final class CustomerIndicators {

    static final double TREND_THRESHOLD = 0.15;
    static final int COMPLAINTS_PER_YEAR = 3;
    static final int RECENT_COMPLAINT_DAYS = 90;
    static final int CONTRACT_ENDING_DAYS = 60;

    private CustomerIndicators() {
    }

    /** What a subscription contributes; charges run over the 12 months before {@code asOf}. */
    public record SubscriptionFacts(Service service, SubscriptionStatus status, LocalDate startDate,
                                    @Nullable LocalDate contractEnd, long overdueAmount, MonthlyCharges charges) {
    }

    public record ComplaintFacts(LocalDate receivedOn, boolean resolved) {
    }

    public record Indicators(int services, int suspendedServices, long arpu, long arpuPrevious, ArpuTrend trend,
                             long overdueAmount, int complaints12m, @Nullable LocalDate lastComplaintOn,
                             @Nullable LocalDate lastInstallOn, @Nullable LocalDate contractEndOn, ChurnRisk churnRisk,
                             Set<ChurnReason> churnReasons, LocalDate asOf) {
    }

    public static Indicators compute(Collection<SubscriptionFacts> subscriptions,
                                     Collection<ComplaintFacts> complaints, LocalDate asOf) {
        int services = 0;
        int suspended = 0;
        long arpu = 0;
        long arpuPrevious = 0;
        long overdue = 0;
        LocalDate lastInstall = null;
        LocalDate contractEnd = null;
        for (SubscriptionFacts subscription : subscriptions) {
            if (subscription.status() == SubscriptionStatus.ACTIVE) {
                services |= subscription.service().bit();
                if (subscription.contractEnd() != null && !subscription.contractEnd().isBefore(asOf)
                        && (contractEnd == null || subscription.contractEnd().isBefore(contractEnd))) {
                    contractEnd = subscription.contractEnd();
                }
            } else if (subscription.status() == SubscriptionStatus.SUSPENDED) {
                suspended |= subscription.service().bit();
            }
            arpu += subscription.charges().average(9, 12);
            arpuPrevious += subscription.charges().average(6, 9);
            overdue += subscription.overdueAmount();
            if (lastInstall == null || subscription.startDate().isAfter(lastInstall)) {
                lastInstall = subscription.startDate();
            }
        }
        LocalDate yearAgo = asOf.minusYears(1);
        LocalDate recent = asOf.minusDays(RECENT_COMPLAINT_DAYS);
        int complaintsInYear = 0;
        boolean recentUnresolved = false;
        LocalDate lastComplaint = null;
        for (ComplaintFacts complaint : complaints) {
            if (complaint.receivedOn().isAfter(yearAgo)) {
                complaintsInYear++;
            }
            if (!complaint.resolved() && complaint.receivedOn().isAfter(recent)) {
                recentUnresolved = true;
            }
            if (lastComplaint == null || complaint.receivedOn().isAfter(lastComplaint)) {
                lastComplaint = complaint.receivedOn();
            }
        }
        ArpuTrend trend = trend(arpu, arpuPrevious);

        Set<ChurnReason> reasons = EnumSet.noneOf(ChurnReason.class);
        if (trend == ArpuTrend.FALLING) {
            reasons.add(ChurnReason.FALLING_SPEND);
        }
        if (complaintsInYear >= COMPLAINTS_PER_YEAR || recentUnresolved) {
            reasons.add(ChurnReason.COMPLAINTS);
        }
        if (suspended != 0) {
            reasons.add(ChurnReason.SUSPENDED);
        }
        if (overdue > 0) {
            reasons.add(ChurnReason.OVERDUE);
        }
        if (contractEnd != null && contractEnd.isBefore(asOf.plusDays(CONTRACT_ENDING_DAYS + 1))) {
            reasons.add(ChurnReason.CONTRACT_ENDING);
        }
        ChurnRisk risk = reasons.isEmpty() ? ChurnRisk.LOW : reasons.size() == 1 ? ChurnRisk.MEDIUM : ChurnRisk.HIGH;
        return new Indicators(services, suspended, arpu, arpuPrevious, trend, overdue, complaintsInYear,
                lastComplaint, lastInstall, contractEnd, risk, reasons, Objects.requireNonNull(asOf));
    }

    static ArpuTrend trend(long arpu, long arpuPrevious) {
        if (arpuPrevious == 0) {
            return arpu == 0 ? ArpuTrend.STABLE : ArpuTrend.RISING;
        }
        double change = (double) (arpu - arpuPrevious) / arpuPrevious;
        return change < -TREND_THRESHOLD ? ArpuTrend.FALLING
                : change > TREND_THRESHOLD ? ArpuTrend.RISING : ArpuTrend.STABLE;
    }
}

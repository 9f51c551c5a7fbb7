package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.CustomerIndicators;
import vn.vnpt.bacgiang.cskh.customer.MonthlyCharges;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.customer.SubscriptionStatus;

/** A row of {@code subscription}. */
record GeneratedSubscription(long id, Service service, String number, String packageName, LocalDate startDate,
                             SubscriptionStatus status, @Nullable LocalDate contractEnd, long overdueAmount,
                             MonthlyCharges charges) {

    CustomerIndicators.SubscriptionFacts facts() {
        return new CustomerIndicators.SubscriptionFacts(service, status, startDate, contractEnd, overdueAmount,
                charges);
    }
}

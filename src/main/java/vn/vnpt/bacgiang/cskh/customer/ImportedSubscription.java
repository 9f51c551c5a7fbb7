package vn.vnpt.bacgiang.cskh.customer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The subscription columns of an import row, checked. */
public record ImportedSubscription(Service service, String number, String packageName, LocalDate startDate,
                                   SubscriptionStatus status, @Nullable LocalDate contractEnd, long overdueAmount,
                                   MonthlyCharges charges) {

    CustomerIndicators.SubscriptionFacts facts() {
        return new CustomerIndicators.SubscriptionFacts(service, status, startDate, contractEnd, overdueAmount,
                charges);
    }
}

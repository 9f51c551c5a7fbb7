package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.CustomerIndicators.Indicators;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;

/** A row of {@code customer} with its subscriptions, complaints and the indicators computed from them. */
record GeneratedCustomer(long id, String code, String name, CustomerKind kind, @Nullable LocalDate birthDate,
                         String phone, @Nullable String email, District district, String commune, String address,
                         ManagingUnits.UnitRef unit, LocalDate customerSince, VipTier vipTier,
                         List<GeneratedSubscription> subscriptions, List<GeneratedComplaint> complaints,
                         Indicators indicators) {

    /** Month and day as {@code MMdd}, for birthday segments that ignore the year. */
    @Nullable Short birthMonthDay() {
        return birthDate == null ? null : (short) (birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth());
    }
}

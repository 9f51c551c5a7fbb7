package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.Service;

/** Phone, e-mail and postal address as a customer gives them at the store. */
final class ContactDetails {

    private static final Weighted<String> CITY_STREETS = Weighted.uniform("Nguyễn Văn Cừ", "Hoàng Văn Thụ",
            "Ngô Gia Tự", "Xương Giang", "Lê Lợi", "Trần Phú", "Hùng Vương", "Nguyễn Thị Minh Khai", "Lê Lai",
            "Thánh Thiên", "Quang Trung", "Giáp Hải", "Lý Thái Tổ", "Nguyễn Gia Thiều", "Trần Nguyên Hãn");
    private static final Weighted<String> VILLAGES = Weighted.uniform("Đông", "Tây", "Nam", "Bắc", "Trung", "Hạ",
            "Thượng", "Chùa", "Đình", "Mới", "Giữa", "Trại", "Bãi", "Đồng", "Cầu", "Hố", "Chợ", "Ngòi");

    private ContactDetails() {
    }

    /** The customer's own mobile line if they have one; organisations give their fixed line first. */
    static String phone(RandomGenerator random, CustomerKind kind, List<GeneratedSubscription> subscriptions) {
        if (kind.isOrganisation()) {
            for (GeneratedSubscription subscription : subscriptions) {
                if (subscription.service() == Service.FIXED_LINE) {
                    return subscription.number();
                }
            }
        }
        for (GeneratedSubscription subscription : subscriptions) {
            if (subscription.service() == Service.VINAPHONE_PREPAID
                    || subscription.service() == Service.VINAPHONE_POSTPAID) {
                return subscription.number();
            }
        }
        return SubscriptionNumbers.randomMobile(random);
    }

    static @Nullable String email(RandomGenerator random, CustomerKind kind, String name,
                                  @Nullable LocalDate birthDate) {
        return switch (kind) {
            case INDIVIDUAL, HOUSEHOLD_BUSINESS -> random.nextDouble() < 0.3 && birthDate != null
                    ? VietnameseNames.ascii(name) + birthDate.getYear() % 100 + "@gmail.com" : null;
            case ENTERPRISE -> random.nextDouble() < 0.8
                    ? "lienhe." + VietnameseNames.ascii(lastTwoWords(name)) + random.nextInt(10, 100) + "@gmail.com"
                    : null;
            case GOVERNMENT -> random.nextDouble() < 0.7 ? VietnameseNames.ascii(name) + "@bacgiang.gov.vn" : null;
        };
    }

    /** "Số 12, đường Xương Giang, phường Trần Phú, thành phố Bắc Giang", "Thôn Đông, xã Tân Dĩnh, huyện Lạng Giang". */
    static String address(RandomGenerator random, Commune commune, DistrictProfile district) {
        String street = switch (commune.kind()) {
            case WARD -> "Số " + random.nextInt(1, 300) + ", đường " + CITY_STREETS.pick(random);
            case TOWN -> "Tổ dân phố " + random.nextInt(1, 16);
            case RURAL -> "Thôn " + VILLAGES.pick(random);
        };
        return street + ", " + commune.inText() + ", " + district.adminName();
    }

    private static String lastTwoWords(String name) {
        return name.substring(name.lastIndexOf(' ', name.lastIndexOf(' ') - 1) + 1);
    }
}

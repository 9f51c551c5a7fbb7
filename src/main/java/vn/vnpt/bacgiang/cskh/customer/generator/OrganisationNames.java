package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.random.RandomGenerator;

/** Names of household businesses, enterprises and government agencies as they appear on contracts. */
final class OrganisationNames {

    private static final Weighted<String> BRAND_WORDS = Weighted.uniform("An", "Phát", "Thịnh", "Hưng", "Phú",
            "Quý", "Tài", "Lộc", "Thành", "Đạt", "Minh", "Hoàng", "Tân", "Việt", "Hải", "Long", "Nam", "Bắc",
            "Đông", "Phương", "Hà", "Thanh", "Hồng", "Kim", "Ngọc", "Bảo", "Gia", "Trường", "Xuân", "Hòa", "Tiến",
            "Đức", "Quang", "Vinh", "Sơn", "Trung");
    private static final Weighted<String> SHOPS = Weighted.<String>builder()
            .add(30, "Cửa hàng tạp hóa").add(8, "Cửa hàng điện thoại").add(8, "Cửa hàng vật liệu xây dựng")
            .add(10, "Quán cà phê").add(6, "Quán cơm").add(5, "Nhà nghỉ").add(6, "Hiệu thuốc")
            .add(5, "Đại lý gas").add(6, "Tiệm sửa xe máy").add(4, "Cửa hàng điện máy").add(4, "Tiệm may")
            .add(4, "Cửa hàng nông sản")
            .build();
    private static final Weighted<String> COMPANY_FORMS = Weighted.<String>builder()
            .add(45, "Công ty TNHH").add(15, "Công ty TNHH MTV").add(27, "Công ty CP").add(8, "Doanh nghiệp tư nhân")
            .build();
    private static final Weighted<String> SECTORS = Weighted.uniform("Thương mại và Dịch vụ", "Xây dựng",
            "Vận tải", "Đầu tư và Phát triển", "Điện tử", "May mặc", "Cơ khí", "Nông sản", "Vật liệu xây dựng",
            "Thực phẩm", "Công nghệ", "Du lịch", "Dược phẩm", "Xuất nhập khẩu", "Môi trường", "Nội thất");
    private static final Weighted<String> COMMUNE_AGENCIES = Weighted.<String>builder()
            .add(20, "UBND %s").add(14, "Trường THCS %2$s").add(14, "Trường Tiểu học %2$s")
            .add(12, "Trường Mầm non %2$s").add(12, "Trạm Y tế %s").add(10, "Công an %s")
            .add(6, "Hội Nông dân %s").add(6, "Bưu điện văn hóa %s")
            .build();
    private static final Weighted<String> DISTRICT_AGENCIES = Weighted.uniform("UBND %s",
            "Trung tâm Y tế %s", "Phòng Giáo dục và Đào tạo %s", "Trường THPT %2$s số 1", "Kho bạc Nhà nước %2$s",
            "Chi cục Thống kê %s", "Hạt Kiểm lâm %s", "Bảo hiểm xã hội %s");

    private OrganisationNames() {
    }

    /** "Cửa hàng tạp hóa Minh Hằng" or "Hộ kinh doanh Nguyễn Văn An". */
    static String householdBusiness(RandomGenerator random, String owner) {
        if (random.nextDouble() < 0.3) {
            return "Hộ kinh doanh " + owner;
        }
        String given = owner.substring(owner.lastIndexOf(' ') + 1);
        return SHOPS.pick(random) + " " + (random.nextBoolean() ? given + " " + BRAND_WORDS.pick(random) : brand(random));
    }

    /** "Công ty CP Xây dựng Hoàng Long", or a farmers' cooperative named after its commune. */
    static String enterprise(RandomGenerator random, Commune commune) {
        if (!commune.isUrban() && random.nextDouble() < 0.15) {
            return "Hợp tác xã Dịch vụ Nông nghiệp " + commune.name();
        }
        String name = COMPANY_FORMS.pick(random) + " " + SECTORS.pick(random) + " " + brand(random);
        return random.nextDouble() < 0.2 ? name + " Bắc Giang" : name;
    }

    /** "UBND xã Tân Dĩnh", "Trường THCS Tân Dĩnh", or a district-level agency. */
    static String government(RandomGenerator random, Commune commune, DistrictProfile district) {
        if (random.nextDouble() < 0.2) {
            return DISTRICT_AGENCIES.pick(random).formatted(district.adminName(), district.shortName());
        }
        return COMMUNE_AGENCIES.pick(random).formatted(commune.inText(), commune.name());
    }

    static String brand(RandomGenerator random) {
        String first = BRAND_WORDS.pick(random);
        String second = BRAND_WORDS.pick(random);
        while (second.equals(first)) {
            second = BRAND_WORDS.pick(random);
        }
        return first + " " + second;
    }
}

package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * How many of the province's customers live in a district, how many of them are enterprises, and
 * some of its real wards and communes. The city and the industrial districts (Việt Yên, Hiệp Hòa,
 * Yên Dũng, Lạng Giang) are dense; mountainous Sơn Động is sparse.
 */
record DistrictProfile(District district, double weight, double enterpriseShare, String adminName,
                       Weighted<Commune> communes) {

    private static final List<DistrictProfile> ALL = List.of(
            of(District.BGG, 18, 0.055, "thành phố Bắc Giang", "phường Trần Phú", "phường Ngô Quyền",
                    "phường Lê Lợi", "phường Hoàng Văn Thụ", "phường Thọ Xương", "phường Xương Giang",
                    "phường Dĩnh Kế", "phường Đa Mai", "phường Mỹ Độ", "phường Trần Nguyên Hãn", "xã Dĩnh Trì",
                    "xã Song Mai", "xã Tân Mỹ", "xã Song Khê", "xã Đồng Sơn"),
            of(District.VYN, 13, 0.05, "huyện Việt Yên", "thị trấn Bích Động", "thị trấn Nếnh", "xã Quang Châu",
                    "xã Vân Trung", "xã Tăng Tiến", "xã Hồng Thái", "xã Hoàng Ninh", "xã Quảng Minh", "xã Tự Lạn",
                    "xã Minh Đức", "xã Vân Hà", "xã Thượng Lan"),
            of(District.HHA, 12, 0.035, "huyện Hiệp Hòa", "thị trấn Thắng", "xã Đức Thắng", "xã Lương Phong",
                    "xã Đoan Bái", "xã Mai Đình", "xã Hương Lâm", "xã Đông Lỗ", "xã Châu Minh", "xã Hoàng Vân",
                    "xã Danh Thắng", "xã Xuân Cẩm", "xã Hòa Sơn"),
            of(District.LGG, 11, 0.03, "huyện Lạng Giang", "thị trấn Vôi", "thị trấn Kép", "xã Tân Dĩnh",
                    "xã Tân Thanh", "xã Phi Mô", "xã Yên Mỹ", "xã Xương Lâm", "xã Hương Sơn", "xã Quang Thịnh",
                    "xã Nghĩa Hòa", "xã An Hà", "xã Đào Mỹ"),
            of(District.YDG, 9, 0.04, "huyện Yên Dũng", "thị trấn Nham Biền", "thị trấn Tân An", "xã Nội Hoàng",
                    "xã Tiền Phong", "xã Lãng Sơn", "xã Trí Yên", "xã Tiến Dũng", "xã Cảnh Thụy", "xã Tư Mại",
                    "xã Đồng Phúc", "xã Tân Liễu", "xã Yên Lư"),
            of(District.LNG, 10, 0.02, "huyện Lục Ngạn", "thị trấn Chũ", "xã Kiên Thành", "xã Nam Dương",
                    "xã Tân Quang", "xã Hồng Giang", "xã Phượng Sơn", "xã Thanh Hải", "xã Biển Động", "xã Quý Sơn",
                    "xã Tân Sơn", "xã Kiên Lao", "xã Giáp Sơn"),
            of(District.LNM, 9, 0.02, "huyện Lục Nam", "thị trấn Đồi Ngô", "thị trấn Phương Sơn", "xã Bắc Lũng",
                    "xã Cẩm Lý", "xã Tiên Hưng", "xã Nghĩa Phương", "xã Bảo Đài", "xã Lan Mẫu", "xã Vũ Xá",
                    "xã Huyền Sơn", "xã Cương Sơn", "xã Yên Sơn"),
            of(District.TYN, 8, 0.02, "huyện Tân Yên", "thị trấn Cao Thượng", "thị trấn Nhã Nam",
                    "xã Ngọc Thiện", "xã Liên Sơn", "xã Cao Xá", "xã Lam Cốt", "xã Việt Lập", "xã Quang Tiến",
                    "xã Phúc Hòa", "xã Song Vân", "xã Ngọc Vân", "xã Hợp Đức"),
            of(District.YTE, 6, 0.015, "huyện Yên Thế", "thị trấn Cầu Gồ", "thị trấn Bố Hạ", "xã Đồng Kỳ",
                    "xã Tam Tiến", "xã Tiến Thắng", "xã Phồn Xương", "xã Đồng Tâm", "xã Xuân Lương",
                    "xã Canh Nậu", "xã Đồng Lạc", "xã Tân Sỏi", "xã Hồng Kỳ"),
            of(District.SDG, 4, 0.015, "huyện Sơn Động", "thị trấn An Châu", "thị trấn Tây Yên Tử",
                    "xã Long Sơn", "xã Dương Hưu", "xã Vân Sơn", "xã Hữu Sản", "xã An Lạc", "xã Cẩm Đàn",
                    "xã Tuấn Đạo", "xã Yên Định", "xã Lệ Viễn", "xã Vĩnh An"));

    private static final Weighted<DistrictProfile> BY_WEIGHT = byWeight();

    static DistrictProfile pick(RandomGenerator random) {
        return BY_WEIGHT.pick(random);
    }

    /** "Lạng Giang", "Bắc Giang": the district's own name, for district-level agencies. */
    String shortName() {
        return adminName.substring(adminName.startsWith("huyện") ? "huyện ".length() : "thành phố ".length());
    }

    private static DistrictProfile of(District district, double weight, double enterpriseShare, String adminName,
                                      String... communes) {
        // Towns and wards are where the shops and offices are: twice the weight of a rural commune.
        Weighted.Builder<Commune> byWeight = Weighted.builder();
        Arrays.stream(communes).map(Commune::parse).forEach(commune -> byWeight.add(commune.isUrban() ? 2 : 1, commune));
        return new DistrictProfile(district, weight, enterpriseShare, adminName, byWeight.build());
    }

    private static Weighted<DistrictProfile> byWeight() {
        Weighted.Builder<DistrictProfile> builder = Weighted.builder();
        ALL.forEach(profile -> builder.add(profile.weight(), profile));
        return builder.build();
    }
}

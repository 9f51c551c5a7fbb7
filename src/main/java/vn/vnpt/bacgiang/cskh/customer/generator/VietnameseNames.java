package vn.vnpt.bacgiang.cskh.customer.generator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Vietnamese full names: family name, middle name(s), given name. Family names follow their national
 * shares (Nguyễn about 38 %), with the northern Hoàng and Vũ and names common in Bắc Giang (Thân,
 * Giáp) or among its Tày and Nùng people (Nông, La, Hà). Văn and Thị grow rarer for younger people.
 */
final class VietnameseNames {

    enum Gender { MALE, FEMALE }

    private static final Weighted<String> FAMILY = Weighted.<String>builder()
            .add(38.0, "Nguyễn").add(11.0, "Trần").add(9.0, "Lê").add(7.0, "Phạm").add(5.0, "Hoàng")
            .add(0.3, "Huỳnh").add(4.0, "Vũ").add(0.4, "Võ").add(3.0, "Phan").add(2.1, "Đặng").add(2.0, "Bùi")
            .add(2.0, "Đỗ").add(1.0, "Hồ").add(1.4, "Ngô").add(1.4, "Dương").add(0.6, "Lý").add(1.6, "Thân")
            .add(1.2, "Giáp").add(0.7, "Chu").add(0.9, "Hà").add(0.4, "La").add(0.6, "Nông").add(0.8, "Đào")
            .add(0.6, "Trịnh").add(0.6, "Lương").add(0.6, "Đinh").add(0.4, "Mai").add(0.4, "Tạ").add(0.4, "Cao")
            .add(0.3, "Phùng").add(0.3, "Triệu").add(0.2, "Vi").add(0.2, "Lăng").add(0.2, "Nghiêm")
            .add(0.2, "Vương").add(0.2, "Lưu").add(0.2, "Ninh")
            .build();

    private static final Weighted<String> MALE_MIDDLE = Weighted.uniform("Đức", "Minh", "Quang", "Hữu", "Công",
            "Xuân", "Thành", "Tiến", "Mạnh", "Ngọc", "Đình", "Trung", "Quốc", "Duy", "Thế", "Hoàng", "Anh", "Tuấn");
    private static final Weighted<String> FEMALE_MIDDLE = Weighted.uniform("Thu", "Ngọc", "Thanh", "Minh", "Phương",
            "Thúy", "Hồng", "Bích", "Kim", "Hải", "Diệu", "Khánh", "Mai", "Quỳnh", "Thùy", "Lan");
    private static final Weighted<String> MALE_GIVEN = Weighted.uniform("Hùng", "Dũng", "Tuấn", "Nam", "Hải",
            "Long", "Thắng", "Sơn", "Cường", "Minh", "Đức", "Huy", "Hoàng", "Quang", "Tùng", "Khánh", "Phong",
            "Bình", "Trung", "Hiếu", "Thành", "Toàn", "Tâm", "Hưng", "Lâm", "Quân", "Việt", "Kiên", "Tú", "Phúc",
            "Vinh", "Hiệp", "Thịnh", "Chiến", "Định", "Giang", "Hòa", "Khoa", "Lực", "Mạnh", "Nghĩa", "Quý",
            "Sáng", "Thái", "Trường", "Vũ", "An", "Bảo", "Công", "Đạt");
    private static final Weighted<String> FEMALE_GIVEN = Weighted.uniform("Hương", "Lan", "Hoa", "Mai", "Hằng",
            "Linh", "Trang", "Thảo", "Hạnh", "Ngọc", "Yến", "Huyền", "Phương", "Hà", "Nga", "Thủy", "Dung", "Loan",
            "Nhung", "Oanh", "Hiền", "Vân", "Anh", "Liên", "Thu", "Quỳnh", "Nhàn", "Hồng", "Lý", "Duyên", "Ánh",
            "Giang", "Thúy", "Tuyết", "Chi", "Vy", "My", "Ngân", "Huệ", "Lụa", "Xuân", "Nguyệt", "Thơm", "Lệ",
            "Châu", "Diệp", "Hạ", "Tâm");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private VietnameseNames() {
    }

    static Gender gender(RandomGenerator random) {
        return random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
    }

    static String person(RandomGenerator random, Gender gender, int birthYear) {
        StringBuilder name = new StringBuilder(32).append(FAMILY.pick(random)).append(' ');
        double traditional = birthYear < 1975 ? 0.75 : birthYear < 1990 ? 0.55 : 0.3;
        if (gender == Gender.MALE) {
            name.append(random.nextDouble() < traditional ? "Văn" : MALE_MIDDLE.pick(random));
            return name.append(' ').append(MALE_GIVEN.pick(random)).toString();
        }
        if (random.nextDouble() < traditional + 0.05) {
            name.append("Thị");
            if (random.nextDouble() < 0.2) {
                name.append(' ').append(FEMALE_MIDDLE.pick(random));
            }
        } else {
            name.append(FEMALE_MIDDLE.pick(random));
        }
        return name.append(' ').append(FEMALE_GIVEN.pick(random)).toString();
    }

    /** "Nguyễn Thị Thu Hà" becomes "nguyenthithuha", for e-mail addresses. */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}

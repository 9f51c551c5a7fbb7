package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.ComplaintTopic;
import vn.vnpt.bacgiang.cskh.customer.Service;

/** What customers say, as the care staff write it down; quality complaints depend on the service. */
final class ComplaintSummaries {

    private static final Map<ComplaintTopic, Weighted<String>> BY_TOPIC = new EnumMap<>(Map.of(
            ComplaintTopic.BILLING, Weighted.uniform("Cước tháng này cao hơn mọi tháng",
                    "Bị trừ tiền gói cước không đăng ký", "Chưa nhận được hóa đơn điện tử",
                    "Đề nghị kiểm tra lại cước phát sinh"),
            ComplaintTopic.QUALITY, Weighted.uniform("Chất lượng dịch vụ không ổn định",
                    "Mất kết nối nhiều lần trong tuần"),
            ComplaintTopic.INSTALLATION, Weighted.uniform("Lắp đặt chậm so với lịch hẹn",
                    "Kỹ thuật viên chưa đến lắp đặt", "Thiết bị lắp đặt không đúng vị trí yêu cầu"),
            ComplaintTopic.RELOCATION, Weighted.uniform("Đề nghị chuyển địa điểm lắp đặt",
                    "Chuyển nhà, cần dời đường dây sang địa chỉ mới"),
            ComplaintTopic.STAFF, Weighted.uniform("Nhân viên hẹn nhưng không đến",
                    "Thái độ nhân viên giao dịch chưa tốt", "Tổng đài viên giải thích chưa rõ"),
            ComplaintTopic.OTHER, Weighted.uniform("Hỏi về chương trình khuyến mại", "Đề nghị đổi SIM 4G",
                    "Yêu cầu cấp lại mật khẩu tài khoản")));
    private static final Map<Service, Weighted<String>> QUALITY_BY_SERVICE = new EnumMap<>(Map.of(
            Service.VINAPHONE_PREPAID, Weighted.uniform("Sóng điện thoại yếu trong nhà", "Cuộc gọi hay bị rớt"),
            Service.VINAPHONE_POSTPAID, Weighted.uniform("Sóng điện thoại yếu trong nhà", "Truy cập 4G chậm"),
            Service.FIBERVNN, Weighted.uniform("Mạng Internet chập chờn buổi tối",
                    "Tốc độ Internet thấp hơn gói đăng ký"),
            Service.MYTV, Weighted.uniform("MyTV bị giật hình, mất tiếng", "Không xem được kênh truyền hình"),
            Service.FIXED_LINE, Weighted.uniform("Điện thoại cố định mất tín hiệu", "Điện thoại cố định bị rè")));

    private ComplaintSummaries() {
    }

    static String pick(RandomGenerator random, ComplaintTopic topic, @Nullable Service service) {
        Weighted<String> summaries = topic == ComplaintTopic.QUALITY && service != null
                ? QUALITY_BY_SERVICE.get(service) : BY_TOPIC.get(topic);
        return summaries.pick(random);
    }
}

package vn.vnpt.bacgiang.cskh.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.supervision.ActionDraft;
import vn.vnpt.bacgiang.cskh.supervision.CorrectiveAction;
import vn.vnpt.bacgiang.cskh.supervision.Finding;
import vn.vnpt.bacgiang.cskh.supervision.FindingCard;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;

/**
 * Lục Nam's submitted inspection as the demo's first inspection has it (DemoSupervision, DemoFindings):
 * the same answers, comments and photos, a knock-out on the callbacks, which the manager disputes, and
 * three acknowledged findings given to Đỗ Thị Mai — one overdue, one done, one done and verified.
 */
@Component
class LucNamInspection {

    static final String DISPUTE = "Phòng đã gọi đủ 10 khách; 3 khách có thể không nhớ cuộc gọi.";
    static final String BRIEFING = "Tổ chức buổi phổ biến kịch bản cho nhân viên mới, có biên bản ký nhận";
    static final String LISTENED = "Đã nghe lại 25 cuộc gọi và góp ý từng người.";
    static final String CHECKED = "Đã nghe lại 5 cuộc gọi ngẫu nhiên: đạt.";
    private static final long MAI = 14;

    private final SupervisionFixture fixture;
    private final InspectionService inspections;
    private final FindingService findings;
    private final Clock clock;

    LucNamInspection(SupervisionFixture fixture, InspectionService inspections, FindingService findings, Clock clock) {
        this.fixture = fixture;
        this.inspections = inspections;
        this.findings = findings;
        this.clock = clock;
    }

    /** Builds it, signing in each person in turn through {@code signIn}; returns its id. */
    long submittedAndAnswered(Consumer<String> signIn) {
        signIn.accept("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        fixture.answer(id, "pbh-giao-ds", "YES", null);
        fixture.answer(id, "pbh-nam-kich-ban", "2", "Ba nhân viên mới chưa được phổ biến kịch bản.");
        fixture.answer(id, "pbh-cap-nhat", "NO", "Kết quả liên hệ ngày 25-27/11 nhập muộn 2-3 ngày.");
        fixture.answer(id, "pbh-goi-lai", "NO", "Gọi lại 10 khách hàng: 3 khách nói chưa nhận được cuộc gọi tri ân nào.");
        fixture.answer(id, "pbh-chat-luong", "2", "Nhân viên chưa giới thiệu đủ gói MyTV nâng cao.");
        fixture.answer(id, "pbh-ty-le", "86", null);
        fixture.answer(id, "pbh-qua-tang", "YES", null);
        fixture.answer(id, "pbh-nhan-xet", "Phòng triển khai đúng tiến độ nhưng cần kiểm tra lại chất lượng ghi nhận "
                + "kết quả liên hệ.", null);
        attach(id, "pbh-goi-lai", "ghi-chep-goi-lai.png", "Gọi lại 10 KH: 3 chưa xác nhận");
        attach(id, "pbh-cap-nhat", "nhat-ky-cap-nhat.png", "Nhật ký cập nhật 25-27/11");
        attach(id, "pbh-chat-luong", "nghe-lai-cuoc-goi.png", "Nghe lại 5 cuộc gọi");
        inspections.submit(id);

        LocalDate today = LocalDate.now(clock);
        signIn.accept("lucnam.truongphong");
        Finding callbacks = finding(id, "pbh-goi-lai");
        findings.dispute(Objects.requireNonNull(callbacks.getId()), callbacks.getVersion(), DISPUTE);
        give(id, "pbh-nam-kich-ban", today.minusDays(2), BRIEFING);
        CorrectiveAction updates = give(id, "pbh-cap-nhat", today.plusDays(5),
                "Cập nhật kết quả liên hệ trên cổng trước 17h mỗi ngày");
        CorrectiveAction quality = give(id, "pbh-chat-luong", today.plusDays(3),
                "Nghe lại 5 cuộc gọi của mỗi nhân viên và góp ý theo kịch bản mẫu");
        signIn.accept("lucnam.cskh1");
        findings.done(Objects.requireNonNull(updates.getId()), updates.getVersion(),
                "Đã nhắc cả phòng; từ hôm qua kết quả được cập nhật trong ngày.", null);
        quality = findings.done(Objects.requireNonNull(quality.getId()), quality.getVersion(), LISTENED,
                "Biên bản họp phòng");
        signIn.accept("giamsat");
        findings.verify(Objects.requireNonNull(quality.getId()), quality.getVersion(), CHECKED);
        return id;
    }

    private CorrectiveAction give(long inspectionId, String itemKey, LocalDate dueOn, String description) {
        Finding finding = finding(inspectionId, itemKey);
        Finding acknowledged = findings.acknowledge(Objects.requireNonNull(finding.getId()), finding.getVersion(), null);
        return findings.assign(Objects.requireNonNull(acknowledged.getId()), acknowledged.getVersion(),
                new ActionDraft(MAI, dueOn, description));
    }

    private Finding finding(long inspectionId, String itemKey) {
        long itemId = fixture.item(inspectionId, itemKey).getId();
        return findings.findings(inspectionId).stream().map(FindingCard::finding)
                .filter(finding -> Objects.equals(finding.getItemId(), itemId)).findFirst().orElseThrow();
    }

    private void attach(long inspectionId, String itemKey, String fileName, String caption) {
        inspections.attach(inspectionId, fixture.item(inspectionId, itemKey).getId(), fileName,
                SupervisionFixture.photo(caption));
    }
}

package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * The run command's submitted inspections after the first five ({@link DemoSupervision},
 * {@link DemoCallbackSample}), each worked by whoever would. Việt Yên's sales department in campaign 9,
 * with a callback sample where most of Vũ Văn Nam's customers did not confirm: its callback finding is
 * acknowledged by the manager and given to him (open), and its late-updates finding given to Trần Thị
 * Huyền, reported done and reopened by the supervisor. TP Bắc Giang's TTVT for last month: its finding
 * waits on the centre's head. Runs once, while Việt Yên has no inspection in campaign 9.
 */
@Component
@Profile("demo")
class DemoSubmittedInspections {

    private static final Logger log = LoggerFactory.getLogger(DemoSubmittedInspections.class);
    private static final long CAMPAIGN = 9;
    private static final long SALES_TEMPLATE = 2;
    private static final long TTVT_TEMPLATE = 3;
    /** db/demo V2_1 and V12_1: Việt Yên's sales department and its people, TP Bắc Giang's TTVT. */
    private static final long VIET_YEN_SALES = 17;
    private static final long NAM = 34;
    private static final long HUYEN = 35;
    private static final long TPBG_TTVT = 30;

    private final InspectionService inspections;
    private final CallbackSampleService samples;
    private final FindingService findings;
    private final InspectionRepository repository;
    private final ActingUser acting;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSubmittedInspections(InspectionService inspections, CallbackSampleService samples, FindingService findings,
                             InspectionRepository repository, ActingUser acting, TransactionTemplate transaction,
                             Clock clock) {
        this.inspections = inspections;
        this.samples = samples;
        this.findings = findings;
        this.repository = repository;
        this.acting = acting;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(60)
    void submitDemoInspections() {
        if (repository.findAll().stream().anyMatch(inspection -> Objects.equals(inspection.getCampaignId(), CAMPAIGN)
                && inspection.getUnitId() == VIET_YEN_SALES)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long[] ids = new long[2];
        acting.run("giamsat", supervisor -> transaction.executeWithoutResult(status -> {
            ids[0] = vietYen(today);
            ids[1] = ttvt(today);
        }));
        CorrectiveAction[] late = new CorrectiveAction[1];
        acting.run("vietyen.truongphong", manager -> transaction.executeWithoutResult(status -> {
            give(callbackFinding(ids[0]), NAM, today.plusDays(7),
                    "Gọi lại các khách hàng không xác nhận, nghe lại ghi âm và kèm cặp nhân viên theo kịch bản");
            late[0] = give(finding(ids[0], "pbh-cap-nhat"), HUYEN, today.minusDays(3),
                    "Cập nhật kết quả liên hệ trên cổng trước 17h mỗi ngày");
        }));
        acting.run("vietyen.cskh2", owner -> transaction.executeWithoutResult(status ->
                late[0] = findings.done(id(late[0]), late[0].getVersion(),
                        "Đã cập nhật đủ kết quả các ngày còn thiếu.", null)));
        acting.run("giamsat", supervisor -> transaction.executeWithoutResult(status ->
                findings.reopen(id(late[0]), late[0].getVersion(),
                        "Nhật ký cổng vẫn ghi nhận muộn 2 ngày trong tuần này; đề nghị phân công người cập nhật.")));
        log.info("Submitted the demo inspections {} and {}", ids[0], ids[1]);
    }

    /** Việt Yên's sales department: every item answered, the updates late, and the callback sample called. */
    private long vietYen(LocalDate today) {
        long id = Objects.requireNonNull(inspections.plan(new InspectionPlan(SALES_TEMPLATE, CAMPAIGN, VIET_YEN_SALES,
                null, null, today.minusDays(2))).getId());
        answer(id, "pbh-giao-ds", "YES", null);
        answer(id, "pbh-nam-kich-ban", "4", null);
        answer(id, "pbh-cap-nhat", "NO", "Kết quả liên hệ của tuần trước nhập sau 3-4 ngày.");
        answer(id, "pbh-goi-lai", "YES", "Phần lớn khách hàng xác nhận; xem kết quả gọi lại theo nhân viên.");
        answer(id, "pbh-chat-luong", "4", null);
        answer(id, "pbh-ty-le", "92", null);
        answer(id, "pbh-qua-tang", "YES", null);
        answer(id, "pbh-nhan-xet", "Phòng hoàn thành chỉ tiêu; một nhân viên cần kèm cặp lại cách ghi nhận kết quả.",
                null);
        inspections.attach(id, item(id, "pbh-cap-nhat"), "nhat-ky-viet-yen.png",
                DemoSupervision.photo("Nhật ký cập nhật Việt Yên"));
        samples.draw(id, new SampleRequest(12, null, false));
        List<SampledContact> drawn = samples.sheet(id).contacts();
        call(drawn.stream().filter(contact -> contact.getStaffId() == NAM).toList(), List.of(
                CallbackResult.NOT_CONFIRMED, CallbackResult.CONFIRMED, CallbackResult.NOT_CONFIRMED,
                CallbackResult.NOT_REACHABLE, CallbackResult.NOT_CONFIRMED, CallbackResult.CONFIRMED));
        call(drawn.stream().filter(contact -> contact.getStaffId() != NAM).toList(), List.of(
                CallbackResult.CONFIRMED, CallbackResult.CONFIRMED, CallbackResult.NOT_REACHABLE,
                CallbackResult.CONFIRMED, CallbackResult.CONFIRMED, CallbackResult.CONFIRMED));
        inspections.submit(id);
        return id;
    }

    private void call(List<SampledContact> contacts, List<CallbackResult> results) {
        for (int n = 0; n < contacts.size(); n++) {
            SampledContact contact = contacts.get(n);
            CallbackResult result = results.get(n % results.size());
            samples.record(Objects.requireNonNull(contact.getId()), contact.getVersion(), result,
                    result == CallbackResult.NOT_CONFIRMED ? "Khách hàng nói chưa ai gọi điện chúc mừng." : null);
        }
    }

    /** TP Bắc Giang's TTVT for last month: hand-offs received in time, results poorly recorded. */
    private long ttvt(LocalDate today) {
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        long id = Objects.requireNonNull(inspections.plan(new InspectionPlan(TTVT_TEMPLATE, null, TPBG_TTVT, lastMonth,
                lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()), today.minusDays(4))).getId());
        answer(id, "tt-dung-sla", "YES", null);
        answer(id, "tt-dau-moi", "YES", null);
        answer(id, "tt-dung-hen", "YES", null);
        answer(id, "tt-ket-qua", "2", "6/15 phiếu không có xác nhận của khách hàng.");
        answer(id, "tt-qua-han", "3", null);
        answer(id, "tt-phan-hoi", "4", null);
        answer(id, "tt-ghi-chu", "Kiểm tra 15 phiếu chuyển xử lý tháng trước.", null);
        inspections.attach(id, item(id, "tt-ket-qua"), "phieu-xu-ly.png", DemoSupervision.photo("15 phiếu xử lý"));
        inspections.submit(id);
        return id;
    }

    private CorrectiveAction give(Finding finding, long owner, LocalDate dueOn, String description) {
        Finding acknowledged = findings.acknowledge(id(finding), finding.getVersion(), null);
        return findings.assign(id(finding), acknowledged.getVersion(), new ActionDraft(owner, dueOn, description));
    }

    private Finding callbackFinding(long inspectionId) {
        return findings.findings(inspectionId).stream().map(FindingCard::finding)
                .filter(finding -> finding.getSourceKind() == FindingSource.CALLBACK).findFirst().orElseThrow();
    }

    private Finding finding(long inspectionId, String itemKey) {
        long itemId = item(inspectionId, itemKey);
        return findings.findings(inspectionId).stream().map(FindingCard::finding)
                .filter(finding -> Objects.equals(finding.getItemId(), itemId)).findFirst().orElseThrow();
    }

    private void answer(long id, String key, String value, String comment) {
        inspections.answer(id, item(id, key), InspectionService.NEW_ANSWER, value, comment);
    }

    private long item(long id, String key) {
        return inspections.sheet(id).template().items().filter(item -> item.getItemKey().equals(key)).findFirst()
                .orElseThrow().getId();
    }

    private static long id(Finding finding) {
        return Objects.requireNonNull(finding.getId());
    }

    private static long id(CorrectiveAction action) {
        return Objects.requireNonNull(action.getId());
    }
}

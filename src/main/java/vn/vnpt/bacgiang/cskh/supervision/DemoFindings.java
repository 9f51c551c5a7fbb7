package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * The demo's findings of Lục Nam's submitted inspection, worked by the people who would: the manager
 * disputes the callback knock-out and acknowledges the other three, giving each to Đỗ Thị Mai — the
 * script briefing overdue since two days, the same-day updates reported done, the call quality done
 * and verified by the supervisor.
 */
@Component
@Profile("demo")
class DemoFindings {

    private static final String MANAGER = "lucnam.truongphong";
    private static final String OWNER = "lucnam.cskh1";

    private final FindingService findings;
    private final InspectionService inspections;
    private final ActingUser acting;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFindings(FindingService findings, InspectionService inspections, ActingUser acting,
                 TransactionTemplate transaction, Clock clock) {
        this.findings = findings;
        this.inspections = inspections;
        this.acting = acting;
        this.transaction = transaction;
        this.clock = clock;
    }

    void play(long inspectionId) {
        LocalDate today = LocalDate.now(clock);
        CorrectiveAction[] actions = new CorrectiveAction[3];
        acting.run(MANAGER, manager -> transaction.executeWithoutResult(status -> {
            Finding callbacks = finding(inspectionId, "pbh-goi-lai");
            findings.dispute(id(callbacks), callbacks.getVersion(),
                    "Phòng đã gọi đủ 10 khách; 3 khách có thể không nhớ cuộc gọi. Đề nghị xem lại nhật ký cuộc gọi.");
            actions[0] = give(inspectionId, "pbh-nam-kich-ban", today.minusDays(2),
                    "Tổ chức buổi phổ biến kịch bản cho nhân viên mới, có biên bản ký nhận");
            actions[1] = give(inspectionId, "pbh-cap-nhat", today.plusDays(5),
                    "Cập nhật kết quả liên hệ trên cổng trước 17h mỗi ngày");
            actions[2] = give(inspectionId, "pbh-chat-luong", today.plusDays(3),
                    "Nghe lại 5 cuộc gọi của mỗi nhân viên và góp ý theo kịch bản mẫu");
        }));
        acting.run(OWNER, owner -> transaction.executeWithoutResult(status -> {
            findings.done(id(actions[1]), actions[1].getVersion(),
                    "Đã nhắc cả phòng; từ hôm qua kết quả được cập nhật trong ngày.", null);
            actions[2] = findings.done(id(actions[2]), actions[2].getVersion(),
                    "Đã nghe lại 25 cuộc gọi và góp ý từng người.", "Biên bản họp phòng");
        }));
        acting.run("giamsat", supervisor -> transaction.executeWithoutResult(status ->
                findings.verify(id(actions[2]), actions[2].getVersion(), "Đã nghe lại 5 cuộc gọi ngẫu nhiên: đạt.")));
    }

    private CorrectiveAction give(long inspectionId, String itemKey, LocalDate dueOn, String description) {
        Finding finding = finding(inspectionId, itemKey);
        Finding acknowledged = findings.acknowledge(id(finding), finding.getVersion(), null);
        long owner = findings.owners(id(finding)).stream().filter(person -> person.name().equals("Đỗ Thị Mai"))
                .findFirst().orElseThrow().id();
        return findings.assign(id(finding), acknowledged.getVersion(), new ActionDraft(owner, dueOn, description));
    }

    private Finding finding(long inspectionId, String itemKey) {
        long itemId = inspections.sheet(inspectionId).template().items()
                .filter(item -> item.getItemKey().equals(itemKey)).findFirst().orElseThrow().getId();
        return findings.findings(inspectionId).stream().map(FindingCard::finding)
                .filter(finding -> Objects.equals(finding.getItemId(), itemId)).findFirst().orElseThrow();
    }

    private static long id(Finding finding) {
        return Objects.requireNonNull(finding.getId());
    }

    private static long id(CorrectiveAction action) {
        return Objects.requireNonNull(action.getId());
    }
}

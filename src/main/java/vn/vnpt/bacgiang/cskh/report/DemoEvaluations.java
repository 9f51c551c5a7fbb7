package vn.vnpt.bacgiang.cskh.report;

import java.time.Instant;
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
 * The run command's step 8: campaign 10 (in evaluation) has the planner's conclusions half written, a draft;
 * campaign 11 (closed) has them submitted and its report issued as the Director's close would have. Runs after
 * every other demo step (the report reads their figures), once per campaign.
 */
@Component
@Profile("demo")
class DemoEvaluations {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);
    private static final long IN_EVALUATION = 10;
    private static final long CLOSED = 11;

    private final EvaluationRepository evaluations;
    private final IssuedReportRepository issued;
    private final ReportIssuing issuing;
    private final ActingUser acting;
    private final TransactionTemplate transaction;

    DemoEvaluations(EvaluationRepository evaluations, IssuedReportRepository issued, ReportIssuing issuing,
                    ActingUser acting, TransactionTemplate transaction) {
        this.evaluations = evaluations;
        this.issued = issued;
        this.issuing = issuing;
        this.acting = acting;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(90)
    void writeDemoEvaluations() {
        transaction.executeWithoutResult(status -> {
            if (evaluations.findByCampaignId(IN_EVALUATION).isEmpty()) {
                Evaluation draft = new Evaluation(IN_EVALUATION);
                draft.write("Các phòng bán hàng tiếp cận phần lớn khách hàng được giao; tỷ lệ đồng ý cao nhất ở "
                        + "khách hàng gắn bó trên 10 năm.", null);
                evaluations.save(draft);
            }
            if (evaluations.findByCampaignId(CLOSED).isEmpty()) {
                Evaluation closed = new Evaluation(CLOSED);
                closed.write("Chương trình đạt mục tiêu tiếp cận; các đơn vị phối hợp tốt với Trung tâm Viễn thông "
                        + "khi khách hàng phản ánh chất lượng mạng.", "Giao danh sách khách hàng sớm hơn một tuần; "
                        + "kiểm tra chéo việc ghi nhận kết quả gọi điện.");
                closed.submit("Lê Minh Đức", Instant.parse("2026-11-25T03:00:00Z"));
                evaluations.save(closed);
            }
        });
        if (issued.findByCampaignIdOrderByEditionDesc(CLOSED).isEmpty()) {
            acting.run("giamdoc", director -> transaction.executeWithoutResult(status -> {
                IssuedReport copy = issuing.issue(CLOSED, null);
                log.info("Demo campaign {} closed: evaluation report {}/BC-TTKD issued", CLOSED, copy.getNumber());
            }));
        }
    }
}

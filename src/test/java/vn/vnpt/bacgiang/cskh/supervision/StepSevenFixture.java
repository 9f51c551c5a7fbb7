package vn.vnpt.bacgiang.cskh.supervision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * Step 7 of a campaign of its own, so the demo's campaign 9 stays as it is: a campaign in SUPERVISION
 * with a share for Hiệp Hòa's sales department, its inspection planned, submitted with one finding,
 * and that finding's corrective action taken to VERIFIED, each step done as the user who does it.
 * Hiệp Hòa and Tân Yên, which no other supervision test inspects, keep Lục Nam's and Lục Ngạn's
 * findings, actions and notices as those tests expect them.
 */
@Component
public class StepSevenFixture {

    public static final long HIEP_HOA_SALES = 16;
    public static final long TAN_YEN_SALES = 15;
    public static final String HIEP_HOA_MANAGER = "hiephoa.truongphong";
    /** hiephoa.cskh1, of the Hiệp Hòa store. */
    private static final long HIEP_HOA_CSKH1 = 31;

    private final JdbcTemplate jdbc;
    private final ActingUser acting;
    private final SupervisionFixture fixture;
    private final InspectionService inspections;
    private final FindingService findings;

    StepSevenFixture(JdbcTemplate jdbc, ActingUser acting, SupervisionFixture fixture, InspectionService inspections,
                     FindingService findings) {
        this.jdbc = jdbc;
        this.acting = acting;
        this.fixture = fixture;
        this.inspections = inspections;
        this.findings = findings;
    }

    public long campaignInSupervision(String name) {
        return CampaignFixture.inState(jdbc, name, CampaignState.SUPERVISION, HIEP_HOA_SALES);
    }

    /** The sales checklist planned for Hiệp Hòa's sales department in the campaign, by giamsat. */
    public long planned(long campaignId) {
        return planned(campaignId, HIEP_HOA_SALES);
    }

    /** The sales checklist planned for a sales department in the campaign, by giamsat. */
    public long planned(long campaignId, long unitId) {
        return as("giamsat", () -> Objects.requireNonNull(inspections.plan(new InspectionPlan(
                SupervisionFixture.SALES_TEMPLATE, campaignId, unitId, null, null, LocalDate.of(2026, 12, 3)))
                .getId()));
    }

    /** Submitted by giamsat with the customer list not handed out (NO): one finding. */
    public void submittedWithOneFinding(long inspectionId) {
        as("giamsat", () -> {
            fixture.answer(inspectionId, "pbh-giao-ds", "NO", "Hai cửa hàng chưa nhận danh sách");
            fixture.answerTheRestWell(inspectionId);
            return inspections.submit(inspectionId);
        });
    }

    /** The finding acknowledged by Hiệp Hòa's manager and given to hiephoa.cskh1. */
    public CorrectiveAction actionOnTheFinding(long inspectionId) {
        return as(HIEP_HOA_MANAGER, () -> {
            Finding finding = findings.findings(inspectionId).getFirst().finding();
            Finding acknowledged = findings.acknowledge(Objects.requireNonNull(finding.getId()), finding.getVersion(),
                    null);
            return findings.assign(Objects.requireNonNull(acknowledged.getId()), acknowledged.getVersion(),
                    new ActionDraft(HIEP_HOA_CSKH1, LocalDate.of(2026, 12, 20),
                            "Giao lại danh sách và kiểm tra ký nhận"));
        });
    }

    public CorrectiveAction done(CorrectiveAction action) {
        return as("hiephoa.cskh1", () -> findings.done(Objects.requireNonNull(action.getId()), action.getVersion(),
                "Đã giao lại danh sách, có ký nhận", null));
    }

    public CorrectiveAction verified(CorrectiveAction done) {
        return as("giamsat", () -> findings.verify(Objects.requireNonNull(done.getId()), done.getVersion(),
                "Đã xem biên bản ký nhận"));
    }

    /** A campaign whose one inspection is submitted and whose one corrective action is verified. */
    public long stepSevenDone(String name) {
        long campaign = campaignInSupervision(name);
        long inspection = planned(campaign);
        submittedWithOneFinding(inspection);
        verified(done(actionOnTheFinding(inspection)));
        return campaign;
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        acting.run(username, user -> result.set(work.get()));
        return result.get();
    }
}

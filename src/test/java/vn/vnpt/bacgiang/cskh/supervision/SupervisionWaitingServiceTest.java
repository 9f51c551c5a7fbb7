package vn.vnpt.bacgiang.cskh.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.CALLBACKS;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.NOT_HANDED_OUT;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.SCRIPT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;

/**
 * What supervision waits on each role for, on 4 December 2026 (the clock stopped), and where it is
 * counted. Rolled back: every inspection, finding and action made here disappears with the test.
 */
@Transactional
class SupervisionWaitingServiceTest extends PortalTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String MANAGER = "lucnam.truongphong";
    private static final long SON_DONG_SALES = 13;
    private static final long TP_BAC_GIANG_SALES = 10;
    private static final long TP_BAC_GIANG_TTVT = 30;
    private static final String CAMPAIGN_NAME = "Tri ân khách hàng MyTV";

    @Autowired
    private SupervisionWaitingService waiting;
    @Autowired
    private FindingService findings;
    @Autowired
    private InspectionService inspections;
    @Autowired
    private FindingFixture fixture;
    @Autowired
    private SupervisionFixture supervision;
    @Autowired
    private TestClock clock;

    @BeforeEach
    void stopTheClockOnTheFourthOfDecember() {
        clock.stopAt(TODAY.atTime(10, 0));
    }

    @Test
    void aSupervisorHasTheirDueInspectionsDraftsDisputesAndDoneActionsWaitingAndNotThoseOfNextWeek() {
        signIn("giamsat");
        long submitted = fixture.submittedWithFindings();
        long late = plan(SupervisionFixture.LUC_NGAN_SALES, TODAY.minusDays(1));
        long soon = plan(SON_DONG_SALES, TODAY.plusDays(2));
        plan(TP_BAC_GIANG_SALES, TODAY.plusDays(3));
        long draft = plan(SupervisionFixture.LUC_NAM_SALES, TODAY.plusDays(20));
        supervision.answer(draft, "pbh-giao-ds", "YES", null);
        signIn(MANAGER);
        Finding callbacks = fixture.finding(submitted, CALLBACKS);
        findings.dispute(id(callbacks), callbacks.getVersion(), "Khách đã được gọi ngày 20/11");
        CorrectiveAction action = fixture.acknowledgedWithAction(submitted, NOT_HANDED_OUT, TODAY.plusDays(10));
        findings.done(Objects.requireNonNull(action.getId()), action.getVersion(), "Đã giao lại danh sách", null);
        signIn("giamsat");

        assertThat(waiting.waitingOnMe()).extracting(WaitingItem::kind, WaitingItem::inspectionId,
                        WaitingItem::subject, WaitingItem::dueOn)
                .containsExactly(
                        tuple(WaitingKind.ACTION_TO_VERIFY, submitted, NOT_HANDED_OUT, null),
                        tuple(WaitingKind.DISPUTE_TO_ANSWER, submitted, CALLBACKS, null),
                        tuple(WaitingKind.INSPECTION_TO_FILL, late, CAMPAIGN_NAME, TODAY.minusDays(1)),
                        tuple(WaitingKind.INSPECTION_TO_FILL, soon, CAMPAIGN_NAME, TODAY.plusDays(2)),
                        tuple(WaitingKind.INSPECTION_TO_FINISH, draft, CAMPAIGN_NAME, TODAY.plusDays(20)));
        assertThat(waiting.waitingOnMe()).extracting(WaitingItem::href).containsExactly("supervision/actions",
                "supervision/inspection/" + submitted, "supervision/inspection/" + late,
                "supervision/inspection/" + soon, "supervision/inspection/" + draft);
        assertThat(waiting.count("supervision/inspections")).isEqualTo(4);
        assertThat(waiting.count("supervision/actions")).isEqualTo(1);
    }

    @Test
    void theManagerOfTheInspectedUnitHasItsFindingsToAcknowledgeAndItsActionsDueSoonOrOverdue() {
        signIn("giamsat");
        long submitted = fixture.submittedWithFindings();
        signIn(MANAGER);
        fixture.acknowledgedWithAction(submitted, NOT_HANDED_OUT, TODAY.minusDays(1));
        fixture.acknowledgedWithAction(submitted, SCRIPT, TODAY.plusDays(6));
        String lucNam = "Phòng bán hàng khu vực Lục Nam";

        assertThat(waiting.waitingOnMe()).extracting(WaitingItem::kind, WaitingItem::unitName,
                        WaitingItem::subject, WaitingItem::dueOn)
                .containsExactly(tuple(WaitingKind.FINDING_TO_ACKNOWLEDGE, lucNam, CALLBACKS, null),
                        tuple(WaitingKind.ACTION_DUE, lucNam, NOT_HANDED_OUT, TODAY.minusDays(1)));
        assertThat(waiting.count("supervision/inspections")).isEqualTo(1);
        assertThat(waiting.count("supervision/actions")).isEqualTo(1);

        clock.stopAt(LocalDateTime.of(2026, 12, 8, 10, 0));
        assertThat(waiting.waitingOnMe()).extracting(WaitingItem::kind, WaitingItem::subject)
                .containsExactly(tuple(WaitingKind.FINDING_TO_ACKNOWLEDGE, CALLBACKS),
                        tuple(WaitingKind.ACTION_DUE, NOT_HANDED_OUT), tuple(WaitingKind.ACTION_DUE, SCRIPT));
        signIn("giamsat");
        assertThat(waiting.waitingOnMe()).extracting(WaitingItem::kind).doesNotContain(
                WaitingKind.FINDING_TO_ACKNOWLEDGE, WaitingKind.ACTION_DUE);
    }

    @Test
    void anotherUnitsManagerTheDirectorAndTheDistrictsTelecomStaffHaveNothingWaitingAndCareStaffAreRefused() {
        signIn("giamsat");
        long submitted = fixture.submittedWithFindings();
        signIn(MANAGER);
        fixture.acknowledgedWithAction(submitted, NOT_HANDED_OUT, TODAY.minusDays(1));

        for (String user : List.of("lucngan.truongphong", "giamdoc", "ttvt.lucnam")) {
            signIn(user);
            assertThat(waiting.waitingOnMe()).as(user).isEmpty();
        }
        signIn("lucnam.cskh1");
        assertThatThrownBy(() -> waiting.waitingOnMe()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTelecomCentersHeadHasTheCentresFindingsToAcknowledgeAndItsOtherStaffDoNot() {
        signIn("giamsat");
        long ttvt = Objects.requireNonNull(inspections.plan(new InspectionPlan(SupervisionFixture.TTVT_TEMPLATE, null,
                TP_BAC_GIANG_TTVT, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), TODAY)).getId());
        supervision.answer(ttvt, "tt-dau-moi", "NO", "Chưa có đầu mối trực");
        supervision.answerTheRestWell(ttvt);
        inspections.submit(ttvt);

        signIn("ttvt.tpbg.truongtt");
        assertThat(waiting.waitingOnMe()).extracting(WaitingItem::kind, WaitingItem::inspectionId,
                        WaitingItem::subject)
                .containsExactly(tuple(WaitingKind.FINDING_TO_ACKNOWLEDGE, ttvt,
                        "Có đầu mối trực tiếp nhận yêu cầu từ phòng bán hàng"));
        signIn("ttvt.tpbg");
        assertThat(waiting.waitingOnMe()).isEmpty();
    }

    private long plan(long unitId, LocalDate on) {
        return Objects.requireNonNull(inspections.plan(new InspectionPlan(SupervisionFixture.SALES_TEMPLATE,
                SupervisionFixture.CAMPAIGN, unitId, null, null, on)).getId());
    }

    private static long id(Finding finding) {
        return Objects.requireNonNull(finding.getId());
    }
}

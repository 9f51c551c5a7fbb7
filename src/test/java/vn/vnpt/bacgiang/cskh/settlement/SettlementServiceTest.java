package vn.vnpt.bacgiang.cskh.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

class SettlementServiceTest extends PortalTest {

    @Autowired
    private SettlementService settlements;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aUnitsManagerReadsAndSettlesOnlyTheirOwnUnitWithTheCentreLinesAllocatedToIt() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Quyết toán riêng");
        SettlementSheet sheet = as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.sheet(made.campaign()));
        assertThat(sheet.units()).extracting(UnitSheet::unitId).containsExactly(SettlementFixture.VIET_YEN);
        assertThat(sheet.centre()).isEmpty();
        assertThat(sheet.maySettleCentre()).isFalse();
        UnitSheet own = sheet.units().getFirst();
        assertThat(own.mayEnter()).isTrue();
        assertThat(own.lines()).extracting(SheetLine::budgetLineId, SheetLine::allocated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(made.vietYenTravel(), false),
                        org.assertj.core.groups.Tuple.tuple(made.centreGift(), true),
                        org.assertj.core.groups.Tuple.tuple(made.centreSms(), true));

        SettledLine settled = as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(550_000L, " PC-0012 ", "Thuê xe hai ngày", null)));
        assertThat(settled.getAmount()).isEqualTo(550_000);
        assertThat(settled.getVoucher()).isEqualTo("PC-0012");

        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(
                made.hiepHoaTravel(), new SettlementEntry(1L, "PC-1", null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(
                made.centreGift(), new SettlementEntry(1L, "PC-1", null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.submit(made.campaign(),
                SettlementFixture.HIEP_HOA))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("vietyen.cskh1", () -> settlements.sheet(made.campaign())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kehoach", () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(1L, "PC-1", null, 1L)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSheetShowsEveryUnitToThePlannerDirectorAndSupervisorButOnlyThePlannerSettlesTheCentre() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Quyết toán toàn bộ");
        for (String user : List.of("kehoach", "giamdoc", "giamsat")) {
            SettlementSheet sheet = as(user, () -> settlements.sheet(made.campaign()));
            assertThat(sheet.units()).extracting(UnitSheet::unitId)
                    .containsExactlyInAnyOrder(SettlementFixture.VIET_YEN, SettlementFixture.HIEP_HOA);
            assertThat(sheet.centre()).extracting(SheetLine::budgetLineId)
                    .containsExactly(made.centreGift(), made.centreSms());
            assertThat(sheet.maySettleCentre()).isEqualTo(user.equals("kehoach"));
            assertThat(sheet.units()).noneMatch(UnitSheet::mayEnter);
        }
        assertThatThrownBy(() -> as("giamdoc", () -> settlements.settle(made.centreGift(),
                new SettlementEntry(1L, "PC-1", null, null)))).isInstanceOf(AccessDeniedException.class);
        SettledLine centre = as("kehoach", () -> settlements.settle(made.centreGift(),
                new SettlementEntry(1_000_001L, "PC-TT-01", null, null)));
        assertThat(centre.getUnitId()).isNull();
    }

    @Test
    void centreLinesAreAllocatedByQuotaShareWithPartsThatAddUpExactly() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Phân bổ");
        as("kehoach", () -> settlements.settle(made.centreGift(), new SettlementEntry(1_000_001L, "PC-TT-02", null,
                null)));
        SettlementSheet sheet = as("kehoach", () -> settlements.sheet(made.campaign()));
        UnitSheet vietYen = unit(sheet, SettlementFixture.VIET_YEN);
        UnitSheet hiepHoa = unit(sheet, SettlementFixture.HIEP_HOA);
        // Quotas 3 and 4: 3/7 and 4/7 of each centre line, the odd đồng to the larger remainder.
        assertThat(line(vietYen, made.centreGift()).planned()).isEqualTo(857_143);
        assertThat(line(hiepHoa, made.centreGift()).planned()).isEqualTo(1_142_857);
        assertThat(line(vietYen, made.centreGift()).settled()).isEqualTo(428_572);
        assertThat(line(hiepHoa, made.centreGift()).settled()).isEqualTo(571_429);
        assertThat(line(vietYen, made.centreSms()).planned() + line(hiepHoa, made.centreSms()).planned())
                .isEqualTo(50_000);
        assertThat(line(vietYen, made.centreSms()).settled()).isNull();
        assertThat(vietYen.sharePercent()).isEqualByComparingTo("42.9");
        Long budget = jdbc.queryForObject("SELECT SUM(amount) FROM budget_line WHERE campaign_id = ?", Long.class,
                made.campaign());
        assertThat(sheet.planned()).isEqualTo(budget);
        assertThat(sheet.settled()).isEqualTo(1_000_001);
    }

    @Test
    void theEstimatedFiguresAreTheGiftsAndSmsStepSixRecordedAtTheirLinesPrices() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Ước tính");
        SettlementSheet sheet = as("giamdoc", () -> settlements.sheet(made.campaign()));
        for (long unit : List.of(SettlementFixture.VIET_YEN, SettlementFixture.HIEP_HOA)) {
            Long gifts = jdbc.queryForObject("SELECT COALESCE(SUM(cc.gift_quantity * b.unit_price), 0) "
                    + "FROM care_contact cc JOIN care_task t ON t.id = cc.task_id JOIN budget_line b "
                    + "ON b.id = cc.gift_line_id WHERE t.campaign_id = ? AND t.unit_id = ?", Long.class,
                    made.campaign(), unit);
            Long sms = jdbc.queryForObject("SELECT SUM(t.sms_contacts) * b.unit_price FROM care_task t JOIN budget_line b "
                    + "ON b.campaign_id = t.campaign_id AND b.category = 'SMS' AND b.unit_id IS NULL "
                    + "WHERE t.campaign_id = ? AND t.unit_id = ? GROUP BY b.unit_price", Long.class, made.campaign(),
                    unit);
            UnitSheet figures = unit(sheet, unit);
            assertThat(line(figures, made.centreGift()).estimated()).isEqualTo(gifts);
            assertThat(line(figures, made.centreSms()).estimated()).isEqualTo(sms);
            assertThat(figures.estimated()).isEqualTo(Objects.requireNonNull(gifts) + Objects.requireNonNull(sms));
        }
        assertThat(unit(sheet, SettlementFixture.VIET_YEN).estimated()).isEqualTo(3 * 200_000 + 5 * 500);
        assertThat(sheet.centre()).filteredOn(line -> line.budgetLineId() == made.centreSms())
                .extracting(SheetLine::estimated).containsExactly(12L * 500);
    }

    @Test
    void aNegativeAmountOrASpendWithoutVoucherIsRefusedAndNothingIsSaved() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Kiểm tra nhập");
        assertRefused(made.vietYenTravel(), new SettlementEntry(-1L, "PC-1", null, null), "settlement.amount.negative");
        assertRefused(made.vietYenTravel(), new SettlementEntry(null, "PC-1", null, null), "settlement.amount.required");
        assertRefused(made.vietYenTravel(), new SettlementEntry(5L, "  ", null, null), "settlement.voucher.required");
        assertRefused(made.vietYenTravel(), new SettlementEntry(5L, "x".repeat(61), null, null),
                "settlement.voucher.tooLong");
        assertThat(entries(made.campaign())).isZero();
        SettledLine nothingSpent = as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(0L, null, "Không thuê xe", null)));
        assertThat(nothingSpent.getVoucher()).isNull();
    }

    @Test
    void anEditOfALineChangedSinceItWasReadIsRefusedAsStale() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Sửa đồng thời");
        SettledLine first = as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(500_000L, "PC-1", null, null)));
        as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(520_000L, "PC-1", null, first.getVersion())));
        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(530_000L, "PC-1", null, first.getVersion()))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(530_000L, "PC-1", null, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("SELECT amount FROM settlement_line WHERE budget_line_id = ?", Long.class,
                made.vietYenTravel())).isEqualTo(520_000);
    }

    @Test
    void nothingIsSettledOutsideEvaluation() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inState(jdbc, "Đang giám sát", CampaignState.SUPERVISION);
        assertRefused(made.vietYenTravel(), new SettlementEntry(1L, "PC-1", null, null), "settlement.notEvaluation");
        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.submit(made.campaign(),
                SettlementFixture.VIET_YEN))).isInstanceOf(RuleViolation.class)
                .hasMessage("settlement.notEvaluation");
        assertThat(as("kehoach", () -> settlements.sheet(made.campaign())).units()).noneMatch(UnitSheet::mayEnter);
    }

    @Test
    void aSubmittedSettlementIsReadOnlyUntilThePlannerReturnsItWithAReason() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Nộp và trả lại");
        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.submit(made.campaign(),
                SettlementFixture.VIET_YEN))).isInstanceOf(RuleViolation.class).hasMessage("settlement.linesMissing");
        as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(600_000L, "PC-7", null, null)));
        UnitSettlement submitted = as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.submit(made.campaign(),
                SettlementFixture.VIET_YEN));
        assertThat(submitted.getState()).isEqualTo(SettlementState.SUBMITTED);
        assertThat(submitted.getSubmittedBy()).isEqualTo("Lý Thị Hồng");
        assertRefused(made.vietYenTravel(), new SettlementEntry(1L, "PC-1", null, 0L), "settlement.submitted");
        assertThatThrownBy(() -> as("kehoach", () -> settlements.submit(made.campaign(), SettlementFixture.VIET_YEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.returnToUnit(
                made.campaign(), SettlementFixture.VIET_YEN, submitted.getVersion(), "Sai")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kehoach", () -> settlements.returnToUnit(made.campaign(),
                SettlementFixture.VIET_YEN, submitted.getVersion(), "  "))).isInstanceOf(RuleViolation.class)
                .hasMessage("settlement.reason.required");

        UnitSettlement returned = as("kehoach", () -> settlements.returnToUnit(made.campaign(),
                SettlementFixture.VIET_YEN, submitted.getVersion(), "Thiếu chứng từ thuê xe"));
        assertThat(returned.getState()).isEqualTo(SettlementState.OPEN);
        UnitSheet own = as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.sheet(made.campaign())).units()
                .getFirst();
        assertThat(own.returnedReason()).isEqualTo("Thiếu chứng từ thuê xe");
        assertThat(own.mayEnter()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice n JOIN user_account a ON a.id = n.recipient "
                + "WHERE a.username = ? AND n.message_key = 'settlement.notice.returned' AND n.link = ?", Long.class,
                SettlementFixture.VIET_YEN_MANAGER, "campaign/" + made.campaign())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'UnitSettlement' "
                + "AND entity_id = ?", Long.class, String.valueOf(submitted.getId()))).isEqualTo(2);
    }

    @Test
    void theSettlementIsCompleteOnceEveryUnitSubmittedAndEveryCentreLineIsSettled() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Hoàn tất");
        assertThat(as("giamdoc", () -> settlements.progress(made.campaign())))
                .isEqualTo(new SettlementProgress(2, 0, 2, 0));
        as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(made.vietYenTravel(),
                new SettlementEntry(600_000L, "PC-7", null, null)));
        as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.submit(made.campaign(), SettlementFixture.VIET_YEN));
        as(SettlementFixture.HIEP_HOA_MANAGER, () -> settlements.settle(made.hiepHoaTravel(),
                new SettlementEntry(250_000L, "PC-8", null, null)));
        as(SettlementFixture.HIEP_HOA_MANAGER, () -> settlements.submit(made.campaign(), SettlementFixture.HIEP_HOA));
        as("kehoach", () -> settlements.settle(made.centreGift(), new SettlementEntry(1_000_000L, "PC-TT-1", null,
                null)));
        assertThat(as("giamdoc", () -> settlements.isComplete(made.campaign()))).isFalse();
        assertThat(as("giamdoc", () -> settlements.progress(made.campaign())))
                .isEqualTo(new SettlementProgress(2, 2, 2, 1));
        as("kehoach", () -> settlements.settle(made.centreSms(), new SettlementEntry(6_000L, "PC-TT-2", null, null)));
        assertThat(as("giamdoc", () -> settlements.isComplete(made.campaign()))).isTrue();
        assertThat(as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.isComplete(made.campaign()))).isTrue();
    }

    private void assertRefused(long line, SettlementEntry entry, String key) {
        assertThatThrownBy(() -> as(SettlementFixture.VIET_YEN_MANAGER, () -> settlements.settle(line, entry)))
                .isInstanceOf(RuleViolation.class).hasMessage(key);
    }

    private long entries(long campaign) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM settlement_line WHERE campaign_id = ?",
                Long.class, campaign));
    }

    private static UnitSheet unit(SettlementSheet sheet, long unitId) {
        return sheet.units().stream().filter(unit -> unit.unitId() == unitId).findFirst().orElseThrow();
    }

    private static SheetLine line(UnitSheet unit, long budgetLineId) {
        return unit.lines().stream().filter(line -> line.budgetLineId() == budgetLineId).findFirst().orElseThrow();
    }
}

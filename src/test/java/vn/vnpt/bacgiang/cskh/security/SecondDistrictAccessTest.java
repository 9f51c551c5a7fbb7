package vn.vnpt.bacgiang.cskh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalService;
import vn.vnpt.bacgiang.cskh.campaign.BudgetLine;
import vn.vnpt.bacgiang.cskh.campaign.CampaignShare;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;
import vn.vnpt.bacgiang.cskh.campaign.ReadinessService;
import vn.vnpt.bacgiang.cskh.campaign.UnitReadiness;
import vn.vnpt.bacgiang.cskh.customer.CustomerImport;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitService;

/**
 * The filtering rows of {@link ServiceAccessTableTest} as Lục Nam's people against Lục Ngạn's data: a
 * campaign in execution in which both departments take part (a share, a budget line, a readiness
 * checklist and a care task each, plus a line of the centre's own), with a customer in each district
 * and one in the store next to lucnam.cskh1's. Each test builds it and removes it after itself.
 * Hand-offs across districts are covered by {@code HandoffScopeTest}.
 */
class SecondDistrictAccessTest extends PortalTest {

    private static final long LUC_NAM = 11;
    private static final long LUC_NGAN = 12;
    private static final long BAC_LUNG = 111;
    private static final long CHU = 120;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private AppraisalService appraisals;
    @Autowired
    private ProgressService progress;
    @Autowired
    private ReadinessService readiness;
    @Autowired
    private CustomerService customers;
    @Autowired
    private CustomerImport customerImport;
    @Autowired
    private UnitService units;
    @Autowired
    private ExecutionService execution;

    private long campaign;
    private long siblingStoreCustomer;
    private long lucNganCustomer;
    private long lucNganTask;

    @BeforeEach
    void aCampaignInExecutionOfBothDistricts() {
        String name = "Kiểm tra quyền " + System.nanoTime();
        campaign = new SimpleJdbcInsert(jdbc).withTableName("campaign").usingGeneratedKeyColumns("id")
                .usingColumns("name", "programme_type", "objective", "period_start", "period_end", "owner_id",
                        "owner_name", "state", "step_deadline")
                .executeAndReturnKey(Map.of("name", name, "programme_type", "VIP_VISIT", "objective", "Kiểm tra",
                        "period_start", LocalDate.of(2026, 1, 1), "period_end", LocalDate.of(2030, 1, 1),
                        "owner_id", 4, "owner_name", "Lê Minh Đức", "state", "EXECUTION",
                        "step_deadline", LocalDate.of(2030, 1, 1))).longValue();
        siblingStoreCustomer = customer(name + " Bắc Lũng", BAC_LUNG);
        lucNganCustomer = customer(name + " Chũ", CHU);
        for (long unit : List.of(LUC_NAM, LUC_NGAN)) {
            jdbc.update("INSERT INTO campaign_share (campaign_id, unit_id, unit_name, members, quota) "
                    + "SELECT ?, id, name, 1, 1 FROM unit WHERE id = ?", campaign, unit);
            jdbc.update("INSERT INTO unit_readiness (campaign_id, unit_id, unit_name, unit_path) "
                    + "SELECT ?, id, name, path FROM unit WHERE id = ?", campaign, unit);
            line(unit, unit == LUC_NAM ? "Lục Nam" : "Lục Ngạn");
        }
        line(null, "Trung tâm");
        jdbc.update("INSERT INTO care_task (campaign_id, customer_id, unit_id, state, due_at) VALUES (?, ?, ?, "
                + "'OPEN', NOW(6)), (?, ?, ?, 'OPEN', NOW(6))", campaign, siblingStoreCustomer, LUC_NAM, campaign,
                lucNganCustomer, LUC_NGAN);
        lucNganTask = jdbc.queryForObject("SELECT id FROM care_task WHERE campaign_id = ? AND unit_id = ?",
                Long.class, campaign, LUC_NGAN);
    }

    @AfterEach
    void removeIt() {
        for (String table : List.of("care_task", "unit_readiness", "budget_line", "campaign_share")) {
            jdbc.update("DELETE FROM " + table + " WHERE campaign_id = ?", campaign);
        }
        jdbc.update("DELETE FROM campaign WHERE id = ?", campaign);
        jdbc.update("DELETE FROM customer WHERE id IN (?, ?)", siblingStoreCustomer, lucNganCustomer);
    }

    @Test
    void aSalesManagerReadsOnlyTheirDepartmentsShareAndItsAndTheCentresBudgetLines() throws Exception {
        List<CampaignShare> shares = as("lucnam.truongphong", () -> plans.shares(campaign));
        List<BudgetLine> budget = as("lucnam.truongphong", () -> plans.budget(campaign));

        assertThat(shares).extracting(CampaignShare::getUnitId).containsExactly(LUC_NAM);
        assertThat(budget).extracting(BudgetLine::getDescription)
                .containsExactly("Kiểm tra quyền Lục Nam", "Kiểm tra quyền Trung tâm");
    }

    @Test
    void aCareWorkerReadsTheShareOfTheDepartmentTheirStoreBelongsToOnly() throws Exception {
        assertThat(as("lucnam.cskh1", () -> plans.shares(campaign))).extracting(CampaignShare::getUnitId)
                .containsExactly(LUC_NAM);
        assertThat(as("lucnam.cskh1", () -> plans.budget(campaign))).extracting(BudgetLine::getDescription)
                .containsExactly("Kiểm tra quyền Lục Nam", "Kiểm tra quyền Trung tâm");
    }

    @Test
    void theDirectorAndPlannersReadEveryUnitsShareAndTheCentresLines() throws Exception {
        for (String user : List.of("giamdoc", "kehoach")) {
            assertThat(as(user, () -> plans.shares(campaign))).extracting(CampaignShare::getUnitId)
                    .contains(LUC_NAM, LUC_NGAN);
            assertThat(as(user, () -> plans.budget(campaign))).extracting(BudgetLine::getDescription)
                    .contains("Kiểm tra quyền Lục Nam", "Kiểm tra quyền Lục Ngạn", "Kiểm tra quyền Trung tâm");
        }
    }

    @Test
    void aSalesManagerOrCareWorkerIsRefusedAppraisalScoresAndSnapshots() {
        for (String user : List.of("lucnam.truongphong", "lucnam.cskh1")) {
            assertThatThrownBy(() -> as(user, () -> appraisals.appraisals(campaign)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> appraisals.snapshot(campaign)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> appraisals.changesSinceLastAppraisal(campaign)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> appraisals.wasAppraised(campaign)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aSalesManagerFollowsOnlyTheirDepartmentsProgressAndReadiness() throws Exception {
        assertThat(as("lucnam.truongphong", () -> progress.units(campaign))).extracting(UnitProgress::unitId)
                .containsExactly(LUC_NAM);
        assertThatThrownBy(() -> as("lucnam.truongphong", () -> progress.staff(campaign, LUC_NGAN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("lucnam.truongphong", () -> readiness.units(campaign))).extracting(UnitReadiness::getUnitId)
                .doesNotContain(LUC_NGAN);
        assertThat(as("giamdoc", () -> progress.units(campaign))).extracting(UnitProgress::unitId)
                .contains(LUC_NAM, LUC_NGAN);
    }

    @Test
    void aSalesManagerCannotReadACareTaskOfAnotherDistrict() {
        assertThatThrownBy(() -> as("lucnam.truongphong", () -> execution.task(lucNganTask)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCareWorkerCannotReadACustomerOfASiblingStoreNorOfAnotherDistrict() {
        signIn("lucnam.cskh1");

        assertThatThrownBy(() -> customers.details(siblingStoreCustomer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> customers.details(lucNganCustomer)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTelecomCenterUserIsRefusedCustomerDetailsEvenOfTheirOwnDistrict() {
        assertThatThrownBy(() -> as("ttvt.lucnam", () -> customers.details(siblingStoreCustomer)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ttvt.lucnam", () -> customers.find(null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyPlannersAndAdminsCommitAnImport() {
        for (String user : List.of("lucnam.truongphong", "lucnam.cskh1", "giamdoc", "ttvt.lucnam")) {
            assertThatThrownBy(() -> as(user, () -> customerImport.commit(Path.of("khong-co.csv"), "khong-co.csv",
                    (rows, done) -> { })))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyAdminsChangeUnits() throws Exception {
        Unit lucNgan = as("admin", () -> units.get(LUC_NGAN));

        for (String user : List.of("lucnam.truongphong", "kehoach", "giamdoc")) {
            assertThatThrownBy(() -> as(user, () -> units.save(lucNgan))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("lucnam.truongphong", () -> units.get(LUC_NGAN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long customer(String name, long unitId) {
        Map<String, Object> unit = jdbc.queryForMap("SELECT path, district FROM unit WHERE id = ?", unitId);
        return new SimpleJdbcInsert(jdbc).withTableName("customer").usingGeneratedKeyColumns("id")
                .usingColumns("code", "name", "kind", "phone", "district", "commune", "unit_id", "unit_path", "customer_since",
                        "vip_tier", "services", "indicators_on")
                .executeAndReturnKey(Map.ofEntries(Map.entry("code", "QKT-" + (System.nanoTime() % 100_000_000)),
                        Map.entry("name", name), Map.entry("kind", "INDIVIDUAL"),
                        Map.entry("phone", "0912 000 222"), Map.entry("district", unit.get("district")), Map.entry("commune", "Xã Kiểm Tra"),
                        Map.entry("unit_id", unitId), Map.entry("unit_path", unit.get("path")),
                        Map.entry("customer_since", LocalDate.of(2015, 1, 1)), Map.entry("vip_tier", "GOLD"),
                        Map.entry("services", 1), Map.entry("indicators_on", LocalDate.of(2026, 1, 1)))).longValue();
    }

    private void line(@Nullable Long unitId, String name) {
        jdbc.update("INSERT INTO budget_line (campaign_id, unit_id, unit_name, category, description, quantity,"
                + " unit_price, amount) VALUES (?, ?, ?, 'GIFT', ?, 1, 1000, 1000)", campaign, unitId,
                unitId == null ? null : name, "Kiểm tra quyền " + name);
    }
}

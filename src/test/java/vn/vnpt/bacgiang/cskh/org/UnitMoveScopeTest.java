package vn.vnpt.bacgiang.cskh.org;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.ReadinessService;
import vn.vnpt.bacgiang.cskh.campaign.UnitReadiness;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerFixtures;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentRow;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;

/**
 * A reorganisation moves scope with it: every stored copy of a moved unit's path follows in the
 * move's transaction. Each test rolls back, so the shared database keeps its organisation.
 */
@Transactional
class UnitMoveScopeTest extends PortalTest {

    private static final long VIET_YEN_SALES = ExecutionFixture.VIET_YEN;
    private static final long LANG_GIANG_SALES = ExecutionFixture.LANG_GIANG;
    private static final long BICH_DONG_STORE = ExecutionFixture.BICH_DONG;

    @Autowired
    private UnitService units;
    @Autowired
    private StaffService staff;
    @Autowired
    private CustomerService customers;
    @Autowired
    private CustomerFixtures customerFixtures;
    @Autowired
    private HandoffService handoffs;
    @Autowired
    private HandoffFixture handoffFixture;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private ReadinessService readiness;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager entityManager;

    @Test
    void aStoreMovedToAnotherDistrictLeavesNothingOfItsWorkInTheOldManagersScope() throws Exception {
        Customer customer = customerFixtures.atRiskCustomer("Nguyễn Thị Bích", BICH_DONG_STORE);
        Handoff handoff = handoffFixture.raise("vietyen.cskh1", customer);
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, "Chuyển cửa hàng", List.of(BICH_DONG_STORE));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        assertThat(sees("vietyen.truongphong", customer, handoff, campaign)).containsExactly(true, true, true);
        assertThat(sees("langgiang.truongphong", customer, handoff, campaign)).containsExactly(false, false, false);

        moveUnder(BICH_DONG_STORE, LANG_GIANG_SALES);

        assertThat(sees("vietyen.truongphong", customer, handoff, campaign)).containsExactly(false, false, false);
        assertThat(sees("langgiang.truongphong", customer, handoff, campaign)).containsExactly(true, true, true);
        assertThat(as("langgiang.truongphong", () -> assignments.openTasks(campaign, null, 0, 10)))
                .extracting(AssignmentRow::assigneeName).containsOnly("Vũ Văn Nam");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE unit_id = ? AND unit_path <> ?",
                Long.class, BICH_DONG_STORE, "/1/2/18/170/")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'UnitPathCopy' "
                + "AND entity_id = ?", Long.class, BICH_DONG_STORE + ":customer.unit_path")).isEqualTo(1);
    }

    @Test
    void aDepartmentMovedUnderAnotherTakesItsReadinessChecklistsToThatDepartmentsManager() throws Exception {
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, "Chuyển phòng", List.of(BICH_DONG_STORE));
        jdbc.update("INSERT INTO unit_readiness (campaign_id, unit_id, unit_name, unit_path) "
                + "SELECT ?, id, name, path FROM unit WHERE id = ?", campaign, VIET_YEN_SALES);
        assertThat(as("langgiang.truongphong", () -> readiness.units(campaign))).isEmpty();

        moveUnder(VIET_YEN_SALES, LANG_GIANG_SALES);

        List<UnitReadiness> seen = as("langgiang.truongphong", () -> readiness.units(campaign));
        assertThat(seen).extracting(UnitReadiness::getUnitPath).containsExactly("/1/2/18/17/");
        assertThat(as("langgiang.truongphong", () -> readiness.mayConfirm(seen.getFirst()))).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE unit_path LIKE '/1/2/17/%'",
                Long.class)).isZero();
    }

    @Test
    void aCareWorkerMovedToAnotherDistrictLeavesTheirOpenTasksUnassignedForTheOldManager() throws Exception {
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, "Chuyển nhân viên", List.of(BICH_DONG_STORE));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        assertThat(as("vietyen.truongphong", () -> assignments.openTasks(campaign, null, 0, 10)))
                .extracting(AssignmentRow::assigneeName).containsOnly("Vũ Văn Nam");

        as("admin", () -> {
            UserAccount worker = staff.get(ExecutionFixture.VIET_YEN_CSKH1);
            entityManager.detach(worker);
            worker.setUnit(units.get(ExecutionFixture.VOI));
            return staff.save(worker, null);
        });

        assertThat(as("vietyen.truongphong", () -> assignments.openTasks(campaign, null, 0, 10)))
                .extracting(AssignmentRow::assigneeName).containsOnlyNulls();
    }

    /** Whether the manager sees the customer, the hand-off its store sent, and the campaign's tasks of the customer. */
    private List<Boolean> sees(String manager, Customer customer, Handoff handoff, long campaign) throws Exception {
        return as(manager, () -> List.of(
                customers.find(customer.getName(), 0, 50).stream().anyMatch(found -> found.getId().equals(customer.getId())),
                handoffs.queue(QueueFilter.of(QueueFilter.Mode.SENT), 0, 1000).stream().map(HandoffRow::handoff)
                        .anyMatch(sent -> Objects.equals(sent.getId(), handoff.getId())),
                !assignments.openTasks(campaign, null, 0, 10).isEmpty()));
    }

    private void moveUnder(long unitId, long parentId) throws Exception {
        as("admin", () -> {
            Unit unit = units.get(unitId);
            unit.setParent(units.get(parentId));
            return units.save(unit);
        });
        entityManager.flush();
        entityManager.clear();
    }
}

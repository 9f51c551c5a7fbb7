package vn.vnpt.bacgiang.cskh.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.OutOfScopeView;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentRow;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;

/** A store's care worker and the customers of the care tasks assigned to them. */
class TaskCustomerViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private CustomerService customers;

    @Test
    void aCareWorkerOpensTheDepartmentLevelCustomerOfTheirOwnTask() throws Exception {
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, "Khách hàng của phòng", List.of(ExecutionFixture.VIET_YEN));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, campaign);
            return null;
        });
        AssignmentRow task = as("vietyen.truongphong", () -> {
            AssignmentRow row = assignments.openTasks(campaign, null, 0, 10).getFirst();
            assignments.assignSelected(campaign, List.of(row.taskId()), ExecutionFixture.VIET_YEN_CSKH1);
            return row;
        });
        long customer = jdbc.queryForObject("SELECT customer_id FROM care_task WHERE id = ?", Long.class, task.taskId());

        login("vietyen.cskh1");
        navigate("customer/" + customer);

        _assertNone(OutOfScopeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(task.customerName());
    }

    @Test
    void aCareWorkerStillCannotReadASiblingStoresCustomerWithoutATask() throws Exception {
        long sibling = ExecutionFixture.customer(jdbc, "Khách hàng cửa hàng Nếnh", ExecutionFixture.NENH);

        as("vietyen.cskh1", () -> {
            assertThatThrownBy(() -> customers.details(sibling)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        login("vietyen.cskh1");
        navigate("customer/" + sibling);
        _assertOne(OutOfScopeView.class);
    }
}

package vn.vnpt.bacgiang.cskh.execution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

class ExecutionEnglishTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aCareStaffMemberWorkingInEnglishReadsTheWorklistAndTheContactFormInEnglish() throws Exception {
        long campaign = campaignInReadiness(jdbc, "English", List.of(BICH_DONG));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        login("vietyen.cskh1");
        useEnglish();

        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        assertThat(_get(H1.class).getText()).isEqualTo("Care worklist");
        Grid<WorklistRow> grid = _get(Grid.class, spec -> spec.withClasses("worklist-grid"));
        grid.select(GridKt._findAll(grid).getFirst());

        RadioButtonGroup<ContactOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("contact-outcome"));
        assertThat(outcome.getLabel()).isEqualTo("Outcome");
        assertThat(outcome.getItemLabelGenerator().apply(ContactOutcome.REACHED_ACCEPTED)).isEqualTo("Reached, accepted");
        assertThat(_get(Button.class, spec -> spec.withId("contact-save")).getText()).isEqualTo("Save (Enter)");
    }

    @Test
    void theDirectorReadsTheProgressInEnglish() throws Exception {
        long campaign = campaignInReadiness(jdbc, "English progress", List.of(BICH_DONG));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        login("giamdoc");
        useEnglish();

        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));

        assertThat(_get(H1.class).getText()).isEqualTo("Execution progress");
        assertThat(_get(Grid.class, spec -> spec.withId("progress-units")).getColumnByKey("reached").getHeaderText()).isEqualTo("Reached");
    }
}

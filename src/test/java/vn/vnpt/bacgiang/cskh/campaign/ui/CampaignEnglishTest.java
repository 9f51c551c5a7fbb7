package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

class CampaignEnglishTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void inEnglishTheBoardAndTheCampaignPageAndTheGuardsReasonReadInEnglish() throws Exception {
        Campaign created = CampaignFixture.withStepTwoDone(jdbc, as("kehoach",
                () -> campaigns.create(CampaignFixture.draft("Tiếng Anh", CampaignFixture.LONG_TENURE_SEGMENT))));
        long id = CampaignFixture.id(created);
        Campaign oriented = as("kehoach", () -> campaigns.move(id, created.getVersion(), CampaignState.ORIENTATION,
                null));
        as("kehoach", () -> campaigns.move(id, oriented.getVersion(), CampaignState.PLANNING, null));
        login("kehoach");
        useEnglish();
        navigate("campaigns");

        assertThat(_get(H1.class).getText()).isEqualTo("Campaign board");
        assertThat(_find(BoardColumn.class)).filteredOn(column -> column.state() == CampaignState.APPRAISAL)
                .singleElement().satisfies(column -> assertThat(column.getElement().getTextRecursively())
                        .startsWith("4. Appraisal"));
        _get(ComboBox.class, spec -> spec.withLabel("Unit taking part"));
        _get(Button.class, spec -> spec.withText("New campaign"));

        navigate("campaign/" + id);
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("1. Segmenting", "3. Planning",
                "4. Appraisal", "History");
        Button submit = _get(Button.class, spec -> spec.withText("Submit for appraisal"));
        assertThat(submit.isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-action-refusal")).getText()).isEqualTo(
                "Split the customers into shares for the executing units before submitting for appraisal.");
    }
}

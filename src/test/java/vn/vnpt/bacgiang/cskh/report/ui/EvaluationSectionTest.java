package vn.vnpt.bacgiang.cskh.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.KaribuTest;

/** The draft evaluation report offered in the step 8 tab of campaign 10 (in evaluation), and not before step 8. */
class EvaluationSectionTest extends KaribuTest {

    @Test
    void thePlannerFindsTheDraftReportInTheStepEightTabOfACampaignInEvaluation() {
        login("kehoach");
        navigate("campaign/10");

        Anchor draft = _get(Anchor.class, spec -> spec.withId("evaluation-draft"));
        assertThat(draft.getText()).isEqualTo("Tải dự thảo báo cáo đánh giá (PDF)");
        assertThat(draft.getHref()).isNotBlank();
    }

    @Test
    void theDirectorReadsItInEnglishToo() {
        login("giamdoc");
        useEnglish();
        navigate("campaign/10");

        assertThat(_get(Anchor.class, spec -> spec.withId("evaluation-draft")).getText())
                .isEqualTo("Download the draft evaluation report (PDF)");
    }

    @Test
    void aCampaignStillInSupervisionOffersNoReportAndTheUnitsManagerGetsNone() {
        login("kehoach");
        navigate("campaign/9");
        _assertNone(Anchor.class, spec -> spec.withId("evaluation-draft"));

        login("tpbg.truongphong");
        navigate("campaign/10");
        _assertNone(Anchor.class, spec -> spec.withId("evaluation-draft"));
    }
}

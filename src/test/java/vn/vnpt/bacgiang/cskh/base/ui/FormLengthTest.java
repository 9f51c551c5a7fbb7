package vn.vnpt.bacgiang.cskh.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;

/** A form's text fields stop where the model's rule does, read from the entity itself. */
class FormLengthTest extends KaribuTest {

    @Test
    void theNewCampaignFormTakesNoLongerNameOrObjectiveThanTheCampaignAllows() throws Exception {
        login("kehoach");
        navigate("campaigns");
        _click(_get(Button.class, spec -> spec.withText("Chương trình mới")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Tên chương trình")).getMaxLength())
                .isEqualTo(maxOf("name")).isEqualTo(160);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Mục tiêu")).getMaxLength())
                .isEqualTo(maxOf("objective")).isEqualTo(1000);
    }

    private static int maxOf(String property) throws NoSuchFieldException {
        return Campaign.class.getDeclaredField(property).getAnnotation(Size.class).max();
    }
}

package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.campaign.CampaignOrientation;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;
import vn.vnpt.bacgiang.cskh.campaign.ScriptService;

/**
 * Step 2's orientation form: the goals, the tone, the channels and the touches a task needs; read-only
 * unless the planner may change it.
 */
class OrientationPanel extends Div {

    private final ScriptService scripts;
    private final Runnable changed;
    private final TextArea goals = new TextArea();
    private final TextField tone = new TextField();
    private final CheckboxGroup<CareChannel> channels = new CheckboxGroup<>();
    private final Select<CareTouches> touches = new Select<>();
    private CampaignOrientation orientation;

    OrientationPanel(ScriptService scripts, long campaignId, boolean editable, Runnable changed) {
        this.scripts = scripts;
        this.changed = changed;
        addClassName("campaign-orientation");
        goals.setLabel(getTranslation("campaign.orientation.goals"));
        goals.setMaxLength(CampaignOrientation.GOALS_MAX);
        goals.setWidthFull();
        tone.setLabel(getTranslation("campaign.orientation.tone"));
        tone.setMaxLength(CampaignOrientation.TONE_MAX);
        tone.setWidthFull();
        channels.setLabel(getTranslation("campaign.orientation.channels"));
        channels.setItems(CareChannel.values());
        channels.setItemLabelGenerator(channel -> getTranslation(channel.labelKey()));
        touches.setLabel(getTranslation("campaign.orientation.touches"));
        touches.setId("orientation-touches");
        touches.setItems(CareTouches.values());
        touches.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        touches.setHelperText(getTranslation("campaign.orientation.touches.help"));
        touches.setWidthFull();
        add(new H3(getTranslation("campaign.orientation.heading")), goals, tone, channels, touches);
        orientation = scripts.orientation(campaignId);
        show();
        goals.setReadOnly(!editable);
        tone.setReadOnly(!editable);
        channels.setReadOnly(!editable);
        touches.setReadOnly(!editable);
        if (editable) {
            Button save = new Button(getTranslation("campaign.orientation.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    private void show() {
        goals.setValue(Objects.requireNonNullElse(orientation.getGoals(), ""));
        tone.setValue(Objects.requireNonNullElse(orientation.getTone(), ""));
        channels.setValue(orientation.getChannels());
        touches.setValue(orientation.getTouches());
        touches.setInvalid(false);
    }

    private void save() {
        orientation.setGoals(goals.getValue());
        orientation.setTone(tone.getValue());
        orientation.setChannels(channels.getValue());
        orientation.setTouches(touches.getValue());
        touches.setInvalid(false);
        if (UserAction.run(this, () -> orientation = scripts.saveOrientation(orientation), "error.conflict", violation -> {
            if (!"touches".equals(violation.field())) {
                return false;
            }
            touches.setErrorMessage(getTranslation(violation.messageKey()));
            touches.setInvalid(true);
            return true;
        })) {
            Notifications.success(getTranslation("campaign.orientation.saved"));
            show();
            changed.run();
        }
    }
}

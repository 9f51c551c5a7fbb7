package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistTemplate;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPlan;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;

/** Plans an inspection: a template's current revision, a campaign and unit (or a TTVT and a period), a date. */
class PlanDialog extends Dialog {

    private final Select<ChecklistTemplate> template = new Select<>();
    private final ComboBox<Campaign> campaign = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final DatePicker periodStart = new DatePicker();
    private final DatePicker periodEnd = new DatePicker();
    private final DatePicker plannedOn = new DatePicker();

    PlanDialog(InspectionService inspections, LocalDate today, Runnable planned) {
        setHeaderTitle(getTranslation("supervision.plan.title"));
        template.setLabel(getTranslation("supervision.plan.template"));
        template.setItems(inspections.templates());
        template.setItemLabelGenerator(ChecklistTemplate::getName);
        campaign.setLabel(getTranslation("supervision.plan.campaign"));
        campaign.setItems(inspections.campaigns());
        campaign.setItemLabelGenerator(Campaign::getName);
        unit.setLabel(getTranslation("supervision.plan.unit"));
        unit.setItemLabelGenerator(Unit::getName);
        periodStart.setLabel(getTranslation("supervision.plan.periodStart"));
        periodEnd.setLabel(getTranslation("supervision.plan.periodEnd"));
        plannedOn.setLabel(getTranslation("supervision.plan.date"));
        plannedOn.setValue(today);
        template.addValueChangeListener(event -> {
            ChecklistTemplate chosen = event.getValue();
            boolean withCampaign = chosen == null || chosen.getSubject().needsCampaign();
            campaign.setVisible(withCampaign);
            periodStart.setVisible(!withCampaign);
            periodEnd.setVisible(!withCampaign);
            unit.setItems(chosen == null ? List.of() : inspections.units(chosen.getSubject()));
        });
        periodStart.setVisible(false);
        periodEnd.setVisible(false);
        FormLayout form = new FormLayout(template, campaign, unit, periodStart, periodEnd, plannedOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Map<String, Component> fields = Map.of("templateId", template, "campaignId", campaign, "unitId", unit,
                "periodStart", periodStart, "plannedOn", plannedOn);
        Button save = new Button(getTranslation("supervision.plan.save"), click -> {
            fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
            if (UserAction.run(this, () -> inspections.plan(new InspectionPlan(
                    template.getValue() == null ? null : template.getValue().getId(),
                    campaign.getValue() == null ? null : campaign.getValue().getId(),
                    unit.getValue() == null ? null : unit.getValue().getId(), periodStart.getValue(),
                    periodEnd.getValue(), plannedOn.getValue())), "error.conflict",
                    violation -> showInField(fields, violation))) {
                Notifications.success(getTranslation("supervision.plan.saved"));
                close();
                planned.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("supervision.cancel"), click -> close()), save);
    }

    private boolean showInField(Map<String, Component> fields, RuleViolation violation) {
        Component field = fields.get(Objects.requireNonNullElse(violation.field(), ""));
        if (field instanceof HasValidation validated) {
            validated.setErrorMessage(UserAction.message(this, violation));
            validated.setInvalid(true);
            return true;
        }
        return false;
    }
}

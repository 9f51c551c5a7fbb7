package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.supervision.CallbackResult;
import vn.vnpt.bacgiang.cskh.supervision.CallbackSample;
import vn.vnpt.bacgiang.cskh.supervision.CallbackSampleService;
import vn.vnpt.bacgiang.cskh.supervision.Inspection;
import vn.vnpt.bacgiang.cskh.supervision.SampleSheet;
import vn.vnpt.bacgiang.cskh.supervision.SampledContact;
import vn.vnpt.bacgiang.cskh.supervision.StaffShare;

/**
 * Mẫu gọi lại: the callback sample of an inspection, one card per sampled contact (customer, phone to
 * tap, the logged outcome, staff and time); each result is saved the moment it is chosen, on the version
 * this page read, and the unconfirmed share per staff member follows. Read-only for the unit's users.
 */
@Route("supervision/sample")
@RolesAllowed(Permissions.INSPECTION_READ)
@StyleSheet("context://styles/supervision.css")
@StyleSheet("context://styles/callback-sample.css")
class SampleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CallbackSampleService samples;
    private final Map<Long, Long> versions = new HashMap<>();
    private final Div staff = new Div();
    private long inspectionId;
    private String title = "";

    SampleView(CallbackSampleService samples) {
        this.samples = samples;
        addClassNames("view", "inspection-view", "sample-view");
        setPadding(false);
        staff.setId("staff-shares");
        staff.addClassName("staff-shares");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        inspectionId = id;
        show();
    }

    private void show() {
        SampleSheet sheet = samples.sheet(inspectionId);
        Inspection inspection = sheet.inspection();
        title = getTranslation("supervision.sample.title", inspection.getUnitName());
        removeAll();
        versions.clear();
        add(new RouterLink(getTranslation("supervision.sample.back"), InspectionView.class, inspectionId));
        Div heading = new Div(new H1(getTranslation("supervision.sample.heading")), SupervisionTexts.state(this,
                inspection));
        heading.addClassName("view-header");
        Div facts = new Div(new Span(inspection.getUnitName()), new Span(SupervisionTexts.subject(this, inspection)));
        facts.addClassName("inspection-facts");
        add(heading, facts);
        CallbackSample sample = sheet.sample();
        if (sample == null) {
            add(new Paragraph(getTranslation("supervision.sample.none")));
            if (sheet.editable()) {
                Button draw = new Button(getTranslation("supervision.sample.draw"),
                        click -> new SampleDialog(samples, inspectionId, this::show).open());
                draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(draw);
            }
            return;
        }
        add(new Span(drawnText(sample, sheet.contacts().size())));
        add(new H3(getTranslation("supervision.sample.staff")), staff);
        showShares(sheet);
        add(new H3(getTranslation("supervision.sample.contacts")));
        sheet.contacts().forEach(contact -> add(card(contact, sheet.editable())));
    }

    private String drawnText(CallbackSample sample, int drawn) {
        String asked = sample.getSizeAsked() != null
                ? getTranslation("supervision.sample.asked.size", sample.getSizeAsked())
                : getTranslation("supervision.sample.asked.percent", sample.getPercentAsked());
        return getTranslation("supervision.sample.drawnText", drawn, sample.getPopulation(), asked,
                getTranslation(sample.isWeighted() ? "supervision.sample.weighted" : "supervision.sample.unweighted"),
                sample.getDrawnBy(), VnFormats.dateTime(sample.getDrawnAt()), Long.toString(sample.getSeed()));
    }

    private Div card(SampledContact contact, boolean editable) {
        long id = Objects.requireNonNull(contact.getId());
        versions.put(id, contact.getVersion());
        Div card = new Div();
        card.addClassNames("item-card", "sample-card");
        card.setId("sampled-" + id);
        Span name = new Span(contact.getCustomerName());
        name.addClassName("sample-customer");
        Div who = new Div(name);
        if (contact.getPhone() != null) {
            Anchor phone = new Anchor("tel:" + contact.getPhone().replaceAll("[^0-9+]", ""), contact.getPhone());
            phone.addClassName("sample-phone");
            who.add(phone);
        }
        who.addClassName("sample-who");
        Span logged = new Span(getTranslation("supervision.sample.logged",
                getTranslation(contact.getOutcome().labelKey()), contact.getStaffName(),
                VnFormats.dateTime(contact.getContactedAt())));
        logged.addClassName("sample-logged");
        RadioButtonGroup<CallbackResult> result = new RadioButtonGroup<>(getTranslation("supervision.sample.result"));
        result.setItems(CallbackResult.values());
        result.setItemLabelGenerator(choice -> getTranslation(choice.labelKey()));
        result.setValue(contact.getResult());
        result.setReadOnly(!editable);
        result.addClassName("sample-result");
        TextArea comment = new TextArea(getTranslation("supervision.sample.comment"));
        comment.setValue(Objects.requireNonNullElse(contact.getComment(), ""));
        comment.setReadOnly(!editable);
        comment.setMaxLength(1000);
        comment.setValueChangeMode(ValueChangeMode.ON_BLUR);
        comment.setWidthFull();
        result.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                save(id, event.getValue(), comment.getValue());
            }
        });
        comment.addValueChangeListener(event -> {
            if (result.getValue() != null) {
                save(id, result.getValue(), event.getValue());
            }
        });
        card.add(who, logged, result, comment);
        return card;
    }

    private void save(long sampledId, CallbackResult result, String comment) {
        UserAction.run(this, () -> {
            versions.put(sampledId, samples.record(sampledId, versions.get(sampledId), result, comment));
            showShares(samples.sheet(inspectionId));
        }, "supervision.sample.conflict", violation -> false, this::show);
    }

    private void showShares(SampleSheet sheet) {
        staff.removeAll();
        for (StaffShare share : sheet.staff()) {
            Span figures = new Span(getTranslation("supervision.sample.share", share.unconfirmed(), share.answered(),
                    share.sampled()));
            Span percent = new Span(SupervisionTexts.percent(share.share() == null ? null : share.share() * 100));
            percent.addClassName("staff-share-percent");
            Div row = new Div(new Span(share.staffName()), figures, percent);
            row.addClassName("staff-share");
            if (share.flagged()) {
                row.addClassName("flagged");
                Span flag = new Span(getTranslation("supervision.sample.flagged",
                        VnFormats.decimal(StaffShare.FLAG_ABOVE * 100, 0)));
                flag.getElement().getThemeList().add("badge error pill");
                row.add(flag);
            }
            staff.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

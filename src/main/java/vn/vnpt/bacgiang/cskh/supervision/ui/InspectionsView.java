package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.supervision.Inspection;
import vn.vnpt.bacgiang.cskh.supervision.InspectionFilter;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;

/**
 * Kiểm tra giám sát: the inspections of the units the user sees, latest planned first, one card each;
 * supervisors plan new ones here. {@code ?due=true} keeps those due (not submitted, planned for today or
 * before), {@code ?disputed=true} those with a disputed finding: the dashboards' figures link here.
 */
@Route("supervision/inspections")
@RolesAllowed(Permissions.INSPECTION_READ)
@Menu(title = "supervision.nav.inspections", order = 34, icon = "vaadin:clipboard-check")
@StyleSheet("context://styles/supervision.css")
class InspectionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final InspectionService inspections;
    private final Div list = new Div();
    private final Paragraph narrowed = new Paragraph();
    private InspectionFilter filter = new InspectionFilter(false, false);

    InspectionsView(InspectionService inspections, CurrentUser currentUser, Clock clock) {
        this.inspections = inspections;
        addClassNames("view", "inspections-view");
        Div header = new Div(new H1(getTranslation("supervision.inspections.title")));
        header.addClassName("view-header");
        if (currentUser.require().can(Permission.INSPECT)) {
            Button plan = new Button(getTranslation("supervision.plan.open"), VaadinIcon.PLUS.create(),
                    click -> new PlanDialog(inspections, LocalDate.now(clock), this::refresh).open());
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(plan);
        }
        list.addClassName("inspection-list");
        narrowed.addClassName("inspections-narrowed");
        narrowed.setVisible(false);
        add(header, narrowed, list);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked = event.getLocation().getQueryParameters().getParameters();
        filter = new InspectionFilter(asked.getOrDefault("due", List.of()).contains("true"),
                asked.getOrDefault("disputed", List.of()).contains("true"));
        narrowed.setVisible(filter.dueOnly() || filter.disputedOnly());
        narrowed.setText(getTranslation(filter.dueOnly() ? "supervision.inspections.onlyDue"
                : "supervision.inspections.onlyDisputed"));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Inspection> all = inspections.list(filter);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("supervision.inspections.none")));
        }
        all.forEach(inspection -> list.add(card(inspection)));
    }

    private Div card(Inspection inspection) {
        RouterLink unit = new RouterLink(inspection.getUnitName(), InspectionView.class,
                Objects.requireNonNull(inspection.getId()));
        unit.addClassName("inspection-card-title");
        Div top = new Div(unit, SupervisionTexts.state(this, inspection));
        top.addClassName("inspection-card-top");
        Div card = new Div(top, new Span(SupervisionTexts.subject(this, inspection)),
                new Span(inspection.getTemplate().getName() + " · "
                        + getTranslation("supervision.template.revision", inspection.getTemplate().getRevision())),
                new Span(VnFormats.date(inspection.getPlannedOn()) + " · " + inspection.getSupervisorName()));
        if (inspection.isSubmitted()) {
            Div result = new Div(new Span(getTranslation("supervision.score.overall") + " "
                    + SupervisionTexts.percent(inspection.getScore())));
            if (inspection.isKnockedOut()) {
                result.add(SupervisionTexts.knockOut(this));
            }
            result.addClassName("inspection-card-result");
            card.add(result);
        }
        card.addClassName("inspection-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.inspections.title");
    }
}

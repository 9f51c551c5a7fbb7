package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.handoff.SlaTarget;
import vn.vnpt.bacgiang.cskh.handoff.SlaTargetService;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/** Chỉ tiêu SLA: accept and resolve targets per hand-off type and priority, in working time; Admins edit them. */
@Route("sla-targets")
@RolesAllowed(Permissions.ADMINISTER)
@Menu(title = "handoff.nav.slaTargets", order = 93, icon = "vaadin:timer")
class SlaTargetsView extends VerticalLayout implements HasDynamicTitle {

    private final SlaTargetService targets;
    private final Grid<SlaTarget> grid = new Grid<>();

    SlaTargetsView(SlaTargetService targets) {
        this.targets = targets;
        addClassName("view");
        setSizeFull();
        Div header = new Div(new H1(getTranslation("handoff.sla.title")));
        header.addClassName("view-header");
        grid.setId("sla-targets");
        grid.addColumn(target -> getTranslation(target.getType().labelKey())).setHeader(getTranslation("handoff.type"))
                .setAutoWidth(true);
        grid.addColumn(target -> getTranslation(target.getPriority().labelKey()))
                .setHeader(getTranslation("handoff.priority")).setAutoWidth(true);
        grid.addColumn(target -> HandoffTexts.duration(this, Duration.ofMinutes(target.getAcceptMinutes())))
                .setHeader(getTranslation("handoff.sla.accept")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(target -> HandoffTexts.duration(this, Duration.ofMinutes(target.getResolveMinutes())))
                .setHeader(getTranslation("handoff.sla.resolve")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(target -> target.getWarnPercent() + " %").setHeader(getTranslation("handoff.sla.warn"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(event -> edit(event.getItem()));
        grid.setSizeFull();
        add(header, new Paragraph(getTranslation("handoff.sla.help")), grid);
        refresh();
    }

    private void edit(SlaTarget target) {
        long id = Objects.requireNonNull(target.getId());
        String title = getTranslation(target.getType().labelKey()) + " · "
                + getTranslation(target.getPriority().labelKey());
        EditorDialog<SlaTarget> dialog = new EditorDialog<>(title, new SlaTargetForm(), target.copy(),
                edited -> targets.save(id, target.getVersion(), edited),
                () -> targets.all().stream().filter(fresh -> fresh.getId() == id).findFirst().orElseThrow().copy());
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    private void refresh() {
        grid.setItems(targets.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handoff.sla.title");
    }
}

package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.customer.Complaint;

class ComplaintsList extends Composite<Grid<Complaint>> {

    ComplaintsList(List<Complaint> complaints) {
        Grid<Complaint> grid = getContent();
        grid.addColumn(complaint -> VnFormats.date(complaint.getReceivedOn()))
                .setHeader(getTranslation("customer.complaint.date")).setAutoWidth(true);
        grid.addColumn(complaint -> getTranslation(complaint.getChannel().labelKey()))
                .setHeader(getTranslation("customer.complaint.channel")).setAutoWidth(true);
        grid.addColumn(complaint -> getTranslation(complaint.getTopic().labelKey()))
                .setHeader(getTranslation("customer.complaint.topic")).setAutoWidth(true);
        grid.addColumn(complaint -> getTranslation(complaint.isResolved() ? "customer.complaint.resolved"
                : "customer.complaint.open")).setHeader(getTranslation("customer.complaint.state")).setAutoWidth(true);
        grid.addColumn(complaint -> complaint.getSummary() == null ? "" : complaint.getSummary())
                .setHeader(getTranslation("customer.complaint.summary")).setFlexGrow(1);
        grid.setItems(complaints);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("complaints");
    }
}

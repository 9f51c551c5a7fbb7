package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.segment.SegmentCount;

/** The live count: the total, a bar per district and a bar per managing unit, or why there is no count. */
class CountPanel extends Div {

    private final Span total = new Span();
    private final Div problem = new Div();
    private final Div districts = new Div();
    private final Div units = new Div();
    private final Details unitDetails;

    CountPanel() {
        addClassName("segment-count");
        Span totalLabel = new Span(getTranslation("segment.count.total"));
        totalLabel.addClassName("segment-count-label");
        total.addClassName("segment-count-total");
        problem.addClassName("segment-problem");
        problem.setVisible(false);
        districts.addClassName("segment-bars");
        units.addClassName("segment-bars");
        unitDetails = new Details(getTranslation("segment.count.unit"), units);
        add(totalLabel, total, problem, new H3(getTranslation("segment.count.district")), districts, unitDetails);
    }

    void show(SegmentCount count) {
        problem.setVisible(false);
        total.setText(VnFormats.number(count.total()));
        long most = count.districts().stream().mapToLong(SegmentCount.DistrictCount::count).max().orElse(0);
        districts.removeAll();
        units.removeAll();
        if (count.total() == 0) {
            districts.add(new Span(getTranslation("segment.count.none")));
        }
        count.districts().forEach(district -> districts.add(bar(district.district().displayName(),
                district.count(), most)));
        long mostInUnit = count.units().stream().mapToLong(SegmentCount.UnitCount::count).max().orElse(0);
        count.units().forEach(unit -> units.add(bar(unit.unitName(), unit.count(), mostInUnit)));
        unitDetails.setVisible(!count.units().isEmpty());
    }

    void showProblem(String message) {
        total.setText("–");
        districts.removeAll();
        units.removeAll();
        problem.setText(message);
        problem.setVisible(true);
    }

    private static Div bar(String name, long count, long most) {
        Span label = new Span(name);
        label.addClassName("segment-bar-label");
        Div fill = new Div();
        fill.addClassName("segment-bar-fill");
        fill.setWidth(most == 0 ? "0" : (100.0 * count / most) + "%");
        Div track = new Div(fill);
        track.addClassName("segment-bar-track");
        Span value = new Span(VnFormats.number(count));
        value.addClassName("segment-bar-value");
        Div row = new Div(label, track, value);
        row.addClassName("segment-bar");
        return row;
    }
}

package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.vnpt.bacgiang.cskh.security.Role;

/** The eight steps of a care campaign (Table 4.1 of the source), the ones the user's roles own marked. */
class CareProcessSteps extends Composite<Div> {

    private static final Map<Integer, Set<Role>> OWNERS = Map.of(
            1, EnumSet.of(Role.PLANNER),
            2, EnumSet.of(Role.PLANNER),
            3, EnumSet.of(Role.PLANNER),
            4, EnumSet.of(Role.DIRECTOR),
            5, EnumSet.of(Role.PLANNER, Role.SALES_MANAGER),
            6, EnumSet.of(Role.SALES_MANAGER, Role.CARE_STAFF, Role.TTVT_STAFF),
            7, EnumSet.of(Role.SUPERVISOR),
            8, EnumSet.of(Role.PLANNER, Role.DIRECTOR));

    CareProcessSteps(Set<Role> roles) {
        getContent().addClassName("care-steps");
        for (int step = 1; step <= 8; step++) {
            Span number = new Span(String.valueOf(step));
            number.addClassName("care-step-number");
            Span title = new Span(getTranslation("dashboard.step." + step));
            title.addClassName("care-step-title");
            Span owner = new Span(getTranslation("dashboard.step." + step + ".owner"));
            owner.addClassName("care-step-owner");
            Div text = new Div(title, owner);
            Div item = new Div(number, text);
            item.addClassName("care-step");
            if (OWNERS.get(step).stream().anyMatch(roles::contains)) {
                item.addClassName("care-step-mine");
            }
            getContent().add(item);
        }
    }
}

package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.function.Predicate;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/** The eight steps of a care campaign (Table 4.1 of the source), the ones the user's permissions own marked. */
class CareProcessSteps extends Composite<Div> {

    /** Who owns each step's work, by the permissions it needs. */
    private static final Map<Integer, Predicate<PortalUser>> OWNERS = Map.of(
            1, user -> user.can(Permission.CAMPAIGN_PLAN),
            2, user -> user.can(Permission.CAMPAIGN_PLAN),
            3, user -> user.can(Permission.CAMPAIGN_PLAN),
            4, user -> user.can(Permission.APPRAISE),
            5, user -> user.can(Permission.CAMPAIGN_PLAN) || user.can(Permission.READINESS_CONFIRM),
            // the units in the field: sales departments and stores, and the TTVT working their hand-offs
            6, user -> user.can(Permission.TASK_ASSIGN) || user.can(Permission.TASK_WORK)
                    || user.can(Permission.HANDOFF_WORK) && !user.seesAll(),
            7, user -> user.can(Permission.INSPECT),
            8, user -> user.can(Permission.REPORT_ISSUE) || user.can(Permission.CAMPAIGN_CLOSE));

    CareProcessSteps(PortalUser user) {
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
            if (OWNERS.get(step).test(user)) {
                item.addClassName("care-step-mine");
            }
            getContent().add(item);
        }
    }
}

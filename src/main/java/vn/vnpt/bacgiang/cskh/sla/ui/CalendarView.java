package vn.vnpt.bacgiang.cskh.sla.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.sla.CalendarSettings;

/** Admins keep the working calendar that every SLA counts in: weekly hours and the holidays of each year. */
@Route("working-calendar")
@RolesAllowed(Permissions.ADMINISTER)
@Menu(title = "sla.nav.calendar", order = 92, icon = "vaadin:calendar-clock")
@StyleSheet("context://styles/sla.css")
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    CalendarView(CalendarSettings settings, Clock clock) {
        addClassName("view");
        addClassName("calendar-view");
        add(new H1(getTranslation("sla.calendar.title")), new Paragraph(getTranslation("sla.calendar.intro")),
                new PeriodsPanel(settings), new HolidaysPanel(settings, clock));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sla.calendar.title");
    }
}

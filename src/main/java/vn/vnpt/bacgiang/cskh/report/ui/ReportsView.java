package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Locale;
import vn.vnpt.bacgiang.cskh.report.CampaignListReport;
import vn.vnpt.bacgiang.cskh.report.IssuedReports;
import vn.vnpt.bacgiang.cskh.report.RosterReport;
import vn.vnpt.bacgiang.cskh.report.UnitResultReport;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Every role may print the roster: the service scopes it to the units the user may see. Those who follow progress
 * print the campaigns of a period and a unit's results; those who read evaluation reports find every issued copy here.
 */
@Route("reports")
@StyleSheet("context://styles/reports.css")
@PermitAll
@Menu(title = "report.nav.reports", order = 80, icon = "vaadin:file-text-o")
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    ReportsView(RosterReport roster, CampaignListReport campaignList, UnitResultReport unitResult,
                IssuedReports issued, CurrentUser currentUser, Clock clock) {
        addClassName("view");
        addClassName("reports-view");
        PortalUser user = currentUser.require();
        Div cards = new Div(rosterCard(roster));
        cards.addClassName("cards");
        if (user.can(Permission.PROGRESS_READ)) {
            cards.add(new CampaignListCard(campaignList, clock), new UnitResultCard(unitResult, clock));
        }
        add(new H1(getTranslation("report.title")), cards);
        if (user.can(Permission.EVALUATION_READ)) {
            add(new IssuedReportsCard(issued));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }

    /** The language is read now: switching it reloads the page and so builds this view again. */
    private Div rosterCard(RosterReport roster) {
        Locale locale = getLocale();
        Div card = new Div(new H3(getTranslation("report.roster.card.title")),
                new Paragraph(getTranslation("report.roster.card.text")),
                PdfLink.of("roster-pdf", getTranslation("report.roster.download"), () -> roster.renderPdf(locale),
                        () -> roster.fileName(locale)));
        card.addClassName("card");
        return card;
    }
}

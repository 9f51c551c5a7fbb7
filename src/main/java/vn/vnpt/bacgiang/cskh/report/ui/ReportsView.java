package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import vn.vnpt.bacgiang.cskh.report.RosterReport;

/** Every role may print the roster: the service scopes it to the units the user may see. */
@Route("reports")
@PermitAll
@Menu(title = "report.nav.reports", order = 80, icon = "vaadin:file-text-o")
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    ReportsView(RosterReport roster) {
        addClassName("view");
        Div cards = new Div(rosterCard(roster));
        cards.addClassName("cards");
        add(new H1(getTranslation("report.title")), cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }

    private Div rosterCard(RosterReport roster) {
        H3 title = new H3(getTranslation("report.roster.card.title"));
        title.getStyle().setMarginTop("0");
        Div card = new Div(title, new Paragraph(getTranslation("report.roster.card.text")), download(roster));
        card.addClassName("card");
        return card;
    }

    /** The language is read now: switching it reloads the page and so builds this view again. */
    private Anchor download(RosterReport roster) {
        Locale locale = getLocale();
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = roster.renderPdf(locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), roster.fileName(locale), "application/pdf",
                    bytes.length);
        });
        Anchor anchor = new Anchor(pdf, AttachmentType.DOWNLOAD, getTranslation("report.roster.download"));
        anchor.setId("roster-pdf");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.getStyle()
                .setDisplay(Style.Display.INLINE_FLEX)
                .setAlignItems(Style.AlignItems.CENTER)
                .set("gap", "var(--lumo-space-s)")
                .setPadding("var(--lumo-space-s) var(--lumo-space-m)")
                .setBorderRadius("var(--lumo-border-radius-m)")
                .setBackground("var(--lumo-primary-color)")
                .setColor("var(--lumo-primary-contrast-color)")
                .setFontWeight(600)
                .setTextDecoration("none");
        return anchor;
    }
}

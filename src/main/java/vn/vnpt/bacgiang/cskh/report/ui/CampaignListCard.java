package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.util.Locale;
import vn.vnpt.bacgiang.cskh.report.CampaignListReport;

/** The campaigns of a period as a PDF, offered only for a valid period so a click never downloads an error. */
class CampaignListCard extends Div {

    CampaignListCard(CampaignListReport report, Clock clock) {
        addClassNames("card", "campaign-list-card");
        Locale locale = getLocale();
        ReportPeriod period = new ReportPeriod(clock);
        Anchor download = PdfLink.of("campaign-list-pdf", getTranslation("report.campaignList.download"),
                () -> new byte[0], () -> "");
        period.addPeriodListener(chosen -> {
            download.setEnabled(chosen != null);
            if (chosen != null) {
                download.setHref(PdfLink.handler(() -> report.renderPdf(chosen.from(), chosen.to(), locale),
                        () -> report.fileName(chosen.from(), chosen.to(), locale)));
            }
        });
        add(new H3(getTranslation("report.campaignList.card.title")),
                new Paragraph(getTranslation("report.campaignList.card.text")), period, download);
    }
}

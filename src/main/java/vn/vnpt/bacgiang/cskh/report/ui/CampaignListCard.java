package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.report.CampaignListReport;

/**
 * The campaigns of a period as a PDF: this month by default. The link is offered only for a valid period, so a
 * click never downloads an error; the service checks the period again.
 */
class CampaignListCard extends Div {

    private final CampaignListReport report;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Anchor download;
    private final Locale locale;

    CampaignListCard(CampaignListReport report, Clock clock) {
        this.report = report;
        this.locale = getLocale();
        addClassName("card");
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        from.setLabel(getTranslation("report.campaignList.from"));
        to.setLabel(getTranslation("report.campaignList.to"));
        for (DatePicker date : new DatePicker[] {from, to}) {
            date.setI18n(new DatePicker.DatePickerI18n().setDateFormat(VnFormats.DATE_PATTERN).setFirstDayOfWeek(1));
            date.setRequired(true);
        }
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today.with(TemporalAdjusters.lastDayOfMonth()));
        download = PdfLink.of("campaign-list-pdf", getTranslation("report.campaignList.download"), () -> new byte[0],
                () -> "");
        from.addValueChangeListener(event -> periodChanged());
        to.addValueChangeListener(event -> periodChanged());
        periodChanged();
        H3 title = new H3(getTranslation("report.campaignList.card.title"));
        Div dates = new Div(from, to);
        dates.addClassName("report-period");
        add(title, new Paragraph(getTranslation("report.campaignList.card.text")), dates, download);
    }

    private void periodChanged() {
        RuleViolation problem = CampaignListReport.periodProblem(from.getValue(), to.getValue());
        to.setInvalid(problem != null);
        to.setErrorMessage(problem == null ? null : getTranslation(problem.messageKey(), problem.arguments()));
        download.setEnabled(problem == null);
        if (problem == null) {
            LocalDate first = from.getValue();
            LocalDate last = to.getValue();
            download.setHref(PdfLink.handler(() -> report.renderPdf(first, last, locale),
                    () -> report.fileName(first, last, locale)));
        }
    }
}

package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.report.IssuedCopy;
import vn.vnpt.bacgiang.cskh.report.IssuedReports;

/** Every issued evaluation report, the latest number first, each downloaded as it was issued. */
class IssuedReportsCard extends Div {

    IssuedReportsCard(IssuedReports issued) {
        addClassName("card");
        addClassName("issued-reports");
        add(new H3(getTranslation("report.issuedList.title")));
        List<IssuedCopy> copies = issued.copies();
        if (copies.isEmpty()) {
            add(new Paragraph(getTranslation("report.issuedList.none")));
        }
        Locale locale = getLocale();
        copies.forEach(copy -> add(line(issued, copy, locale)));
    }

    private Div line(IssuedReports issued, IssuedCopy copy, Locale locale) {
        Span number = new Span(getTranslation("report.issuedList.number", String.valueOf(copy.number()),
                String.valueOf(copy.issueYear()), String.valueOf(copy.edition())));
        number.addClassName("issued-number");
        Anchor campaign = new Anchor("campaign/" + copy.campaignId(), copy.campaignName());
        Span when = new Span(getTranslation("report.issuedList.when", VnFormats.dateTime(copy.cutOff()),
                copy.issuedByName()));
        Div line = new Div(number, campaign, when, PdfLink.of("issued-report-" + copy.id(),
                getTranslation("report.evaluation.issued.download"), () -> issued.pdf(copy.id()),
                () -> issued.fileName(copy.id(), locale)), PdfLink.of("issued-report-english-" + copy.id(),
                getTranslation("report.evaluation.issued.english"), () -> issued.english(copy.id()),
                () -> issued.englishFileName(copy.id())));
        line.addClassName("issued-report");
        if (copy.superseded()) {
            line.addClassName("superseded");
            line.add(new Span(getTranslation("report.evaluation.issued.superseded",
                    VnFormats.dateTime(copy.supersededAt()))));
        }
        return line;
    }
}

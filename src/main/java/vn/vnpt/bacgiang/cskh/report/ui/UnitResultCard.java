package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.report.UnitResultReport;

/** One executing unit's results over a period as a PDF: a sales manager's own unit is chosen already. */
class UnitResultCard extends Div {

    private final UnitResultReport report;
    private final Locale locale;
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final Anchor download;
    private ReportPeriod.@Nullable Period period;

    UnitResultCard(UnitResultReport report, Clock clock) {
        this.report = report;
        this.locale = getLocale();
        addClassNames("card", "unit-result-card");
        List<Unit> units = report.units();
        unit.setLabel(getTranslation("report.unitResult.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::getName);
        unit.setRequired(true);
        unit.setWidthFull();
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        unit.setReadOnly(units.size() == 1);
        download = PdfLink.of("unit-result-pdf", getTranslation("report.unitResult.download"), () -> new byte[0],
                () -> "");
        ReportPeriod dates = new ReportPeriod(clock);
        unit.addValueChangeListener(event -> offer());
        dates.addPeriodListener(chosen -> {
            period = chosen;
            offer();
        });
        add(new H3(getTranslation("report.unitResult.card.title")),
                new Paragraph(getTranslation("report.unitResult.card.text")), unit, dates, download);
    }

    private void offer() {
        ReportPeriod.Period chosen = period;
        Unit chosenUnit = unit.getValue();
        download.setEnabled(chosen != null && chosenUnit != null);
        if (chosen != null && chosenUnit != null) {
            long unitId = Objects.requireNonNull(chosenUnit.getId());
            download.setHref(PdfLink.handler(() -> report.renderPdf(unitId, chosen.from(), chosen.to(), locale),
                    () -> report.fileName(unitId, chosen.from(), chosen.to(), locale)));
        }
    }
}

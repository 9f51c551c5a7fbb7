package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.report.CampaignListReport;

/** A report's period, this month by default; listeners hear the period once it is valid, or null while it is not. */
class ReportPeriod extends Div {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final List<PeriodListener> listeners = new ArrayList<>();

    ReportPeriod(Clock clock) {
        addClassName("report-period");
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        from.setLabel(getTranslation("report.campaignList.from"));
        to.setLabel(getTranslation("report.campaignList.to"));
        for (DatePicker date : new DatePicker[] {from, to}) {
            date.setI18n(new DatePicker.DatePickerI18n().setDateFormat(VnFormats.DATE_PATTERN).setFirstDayOfWeek(1));
            date.setRequired(true);
        }
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today.with(TemporalAdjusters.lastDayOfMonth()));
        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
        add(from, to);
    }

    /** Tells the listener the current period at once, then every change. */
    void addPeriodListener(PeriodListener listener) {
        listeners.add(listener);
        listener.periodChanged(valid());
    }

    private void changed() {
        RuleViolation problem = CampaignListReport.periodProblem(from.getValue(), to.getValue());
        to.setInvalid(problem != null);
        to.setErrorMessage(problem == null ? null : getTranslation(problem.messageKey(), problem.arguments()));
        Period period = valid();
        listeners.forEach(listener -> listener.periodChanged(period));
    }

    private @Nullable Period valid() {
        return CampaignListReport.periodProblem(from.getValue(), to.getValue()) == null
                ? new Period(from.getValue(), to.getValue()) : null;
    }

    record Period(LocalDate from, LocalDate to) {
    }

    @FunctionalInterface
    interface PeriodListener {
        void periodChanged(@Nullable Period period);
    }
}

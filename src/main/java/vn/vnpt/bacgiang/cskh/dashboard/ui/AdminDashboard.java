package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditFilter;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.base.ui.ChartModel;

/**
 * An Admin's dashboard: the accounts locked now, the customer imports and the audit trail's entries of the
 * last days (each a link to the audit trail filtered to them), and the scheduled jobs. Nothing records a
 * job's runs (decision 0029), so each shows its schedule and says so.
 */
class AdminDashboard extends RoleDashboard {

    /** The audit volume's period and the imports': this many days up to today. */
    static final int AUDIT_DAYS = 7;
    static final int IMPORT_DAYS = 30;
    static final String IMPORT_TYPE = "CustomerImport";

    /** A scheduled job: its message key and its cron expression ("-": off). */
    record Job(String key, String cron) {
    }

    AdminDashboard(List<String> locked, AuditTrail audit, List<Job> jobs, LocalDate today, Instant readAt) {
        super("admin-dashboard", readAt);
        List<Div> lockedLines = locked.stream().map(name -> line("staff", name,
                getTranslation("dashboard.admin.lockedReason"))).toList();
        Div lockedList = lines(getTranslation("dashboard.admin.noneLocked"), lockedLines);
        lockedList.setId("dashboard-locked-list");
        section("dashboard-locked", getTranslation("dashboard.admin.locked", locked.size()), lockedList);

        LocalDate auditFrom = today.minusDays(AUDIT_DAYS - 1);
        LocalDate importFrom = today.minusDays(IMPORT_DAYS - 1);
        Anchor entries = tile(auditLink(null, auditFrom, today), audit.count(filter(null, auditFrom, today)),
                getTranslation("dashboard.admin.audit", AUDIT_DAYS));
        entries.setId("tile-audit");
        Anchor imports = tile(auditLink(IMPORT_TYPE, importFrom, today),
                audit.count(filter(IMPORT_TYPE, importFrom, today)), getTranslation("dashboard.admin.imports",
                        IMPORT_DAYS));
        imports.setId("tile-imports");
        List<String> days = new ArrayList<>();
        List<Long> perDay = new ArrayList<>();
        List<String> dayLinks = new ArrayList<>();
        for (LocalDate day = auditFrom; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(VnFormats.date(day));
            perDay.add(audit.count(filter(null, day, day)));
            dayLinks.add(auditLink(null, day, day));
        }
        BarChart chart = new BarChart();
        chart.setId("dashboard-audit-chart");
        chart.setModel(new ChartModel(getTranslation("dashboard.admin.auditChart"), getTranslation("dashboard.admin.day"),
                days, List.of(new ChartModel.Series(getTranslation("dashboard.admin.entries"), perDay)), null));
        chart.setLinks(dayLinks);
        section("dashboard-audit", getTranslation("dashboard.admin.activity"), tiles(entries, imports), chart);

        List<Div> jobLines = jobs.stream().map(this::jobLine).toList();
        Div jobList = lines("", jobLines);
        jobList.setId("dashboard-jobs-list");
        section("dashboard-jobs", getTranslation("dashboard.admin.jobs"), jobList,
                new Paragraph(getTranslation("dashboard.admin.jobsNote")));
    }

    private Div jobLine(Job job) {
        Span name = new Span(getTranslation("dashboard.admin.job." + job.key()));
        name.addClassName("dashboard-line-name");
        Span schedule = new Span(getTranslation("-".equals(job.cron()) ? "dashboard.admin.jobOff"
                : "dashboard.admin.jobSchedule", job.cron()));
        schedule.addClassName("dashboard-line-detail");
        Div line = new Div(name, schedule);
        line.addClassName("dashboard-line");
        return line;
    }

    private static AuditFilter filter(@Nullable String type, LocalDate from, LocalDate to) {
        return new AuditFilter(type, null, null, null, from, to);
    }

    static String auditLink(@Nullable String type, LocalDate from, LocalDate to) {
        return "audit?" + (type == null ? "" : "type=" + type + "&") + "from=" + from + "&to=" + to;
    }
}

package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditFilter;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.JobRun;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.base.ui.ChartModel;

/**
 * An Admin's dashboard: the accounts locked now, the customer imports and the audit trail's entries of the
 * last days (each a link to the audit trail filtered to them), and the scheduled jobs with their schedule, their
 * last recorded run (decision 0041) and their next.
 */
class AdminDashboard extends RoleDashboard {

    /** The audit volume's period and the imports': this many days up to today. */
    static final int AUDIT_DAYS = 7;
    static final int IMPORT_DAYS = 30;
    static final String IMPORT_TYPE = "CustomerImport";

    AdminDashboard(List<String> locked, AuditTrail audit, List<JobRun> jobs, LocalDate today, Instant readAt) {
        super("admin-dashboard", readAt);
        List<Div> lockedLines = locked.stream().map(name -> line("staff?search="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), name,
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
        Div jobList = lines(getTranslation("dashboard.admin.noJobs"), jobLines);
        jobList.setId("dashboard-jobs-list");
        section("dashboard-jobs", getTranslation("dashboard.admin.jobs"), jobList);
    }

    private Div jobLine(JobRun job) {
        Span name = new Span(getTranslation("dashboard.admin.job." + job.key()));
        name.addClassName("dashboard-line-name");
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("dashboard.admin.jobSchedule", job.cron()));
        Instant started = job.lastStarted();
        if (started == null) {
            parts.add(getTranslation("dashboard.admin.jobNeverRun"));
        } else if (job.running()) {
            parts.add(getTranslation("dashboard.admin.jobRunning", VnFormats.dateTime(started)));
        } else {
            parts.add(getTranslation("dashboard.admin.jobLastRun", VnFormats.dateTime(started),
                    VnFormats.number(Objects.requireNonNullElse(job.lastMillis(), 0L))));
        }
        if (job.failed()) {
            parts.add(getTranslation("dashboard.admin.jobFailed", job.lastFailure()));
        }
        if (job.next() != null) {
            parts.add(getTranslation("dashboard.admin.jobNext", VnFormats.dateTime(job.next())));
        }
        Span detail = new Span(String.join(" · ", parts));
        detail.addClassName("dashboard-line-detail");
        Div line = new Div(name, detail);
        line.addClassName("dashboard-line");
        if (job.failed()) {
            line.addClassName("dashboard-line-failed");
        }
        return line;
    }

    private static AuditFilter filter(@Nullable String type, LocalDate from, LocalDate to) {
        return new AuditFilter(type, null, null, null, from, to);
    }

    static String auditLink(@Nullable String type, LocalDate from, LocalDate to) {
        return "audit?" + (type == null ? "" : "type=" + type + "&") + "from=" + from + "&to=" + to;
    }
}

package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverSla;
import vn.vnpt.bacgiang.cskh.supervision.WaitingItem;
import vn.vnpt.bacgiang.cskh.supervision.WaitingKind;

/**
 * A Telecom Center's dashboard (its staff and its head): the hand-offs it received by state, those it
 * returned and that are still with the requester, the overdue and those near their deadline, each linking to
 * the queue filtered to them; its service level this month from the stored SLA flags; and, for the head,
 * the findings of the centre's inspections waiting for an answer.
 */
class TtvtDashboard extends RoleDashboard {

    TtvtDashboard(HandoffService handoffs, List<WaitingItem> waiting, LocalDate today, Instant readAt) {
        super("ttvt-dashboard", readAt);
        queue("dashboard-received", handoffs.counts(QueueFilter.Mode.RECEIVED));
        ReceiverSla sla = handoffs.slaByReceiver(today.withDayOfMonth(1), today).stream().findFirst()
                .orElse(new ReceiverSla(0, "", 0, 0, 0, 0, 0, 0, 0));
        Div accept = figure(percent(sla.acceptedInTime(), sla.acceptedLate()), getTranslation("dashboard.sla.accept"),
                getTranslation("dashboard.sla.counts", VnFormats.number(sla.acceptedInTime()),
                        VnFormats.number(sla.acceptedInTime() + sla.acceptedLate())));
        accept.setId("sla-accept");
        Div resolve = figure(percent(sla.resolvedInTime(), sla.resolvedLate()), getTranslation("dashboard.sla.resolve"),
                getTranslation("dashboard.sla.counts", VnFormats.number(sla.resolvedInTime()),
                        VnFormats.number(sla.resolvedInTime() + sla.resolvedLate())));
        resolve.setId("sla-resolve");
        Div bounced = figure(VnFormats.number(sla.bounced()), getTranslation("dashboard.sla.bounced"),
                getTranslation("dashboard.sla.received", VnFormats.number(sla.received())));
        bounced.setId("sla-bounced");
        section("dashboard-sla", getTranslation("dashboard.sla.title", VnFormats.date(today.withDayOfMonth(1)),
                VnFormats.date(today)), tiles(accept, resolve, bounced));
        List<Div> rows = waiting.stream().filter(item -> item.kind() == WaitingKind.FINDING_TO_ACKNOWLEDGE)
                .map(item -> line(item.href(), item.subject() == null ? item.unitName() : item.subject(),
                        item.unitName() + " · " + getTranslation("dashboard.findings.reason"))).toList();
        if (!rows.isEmpty()) {
            Div list = lines("", rows);
            list.setId("dashboard-findings-list");
            section("dashboard-findings", getTranslation("dashboard.findings.title", rows.size()), list);
        }
    }

    private static String percent(long inTime, long late) {
        @Nullable BigDecimal rate = Figures.percent(inTime, inTime + late);
        return rate == null ? "—" : VnFormats.number(rate) + " %";
    }
}

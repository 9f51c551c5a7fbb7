package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalService;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.PlanChange;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffRow;
import vn.vnpt.bacgiang.cskh.supervision.WaitingItem;

/**
 * The user's care tasks due and appointments today, the campaigns, received hand-offs and supervision
 * records that wait on the user, each with why and a
 * link to it; a plan resubmitted for appraisal also says what changed since its last appraisal.
 */
class WaitingOnMe extends Div {

    private final AppraisalService appraisals;
    private final boolean settles;

    /** {@code settles}: the user settles their unit's budget, the only step-8 work a campaign can wait on them for. */
    WaitingOnMe(Map<WorklistFilter, Long> tasks, List<Campaign> waiting, List<HandoffRow> handoffs,
                List<WaitingItem> supervision, AppraisalService appraisals, LocalDate today, boolean settles) {
        this.appraisals = appraisals;
        this.settles = settles;
        if (tasks.isEmpty() && waiting.isEmpty() && handoffs.isEmpty() && supervision.isEmpty()) {
            add(new Span(getTranslation("dashboard.waiting.none")));
            addClassNames("card", "empty-state");
            return;
        }
        addClassNames("card", "waiting-list");
        tasks.forEach((part, count) -> add(item("worklist?view=" + part.name(),
                getTranslation("dashboard.waiting.tasks." + part.name(), VnFormats.number(count)),
                getTranslation("dashboard.waiting.tasks.reason"))));
        handoffs.forEach(row -> add(item(row.handoff())));
        supervision.forEach(entry -> add(item(entry, today)));
        waiting.forEach(campaign -> add(item(campaign, today)));
    }

    private Div item(Campaign campaign, LocalDate today) {
        return item("campaign/" + campaign.getId(), campaign.getName(), reason(campaign, today));
    }

    /** "Chờ bạn tiếp nhận" while sent, "Chờ bạn xử lý xong" once accepted; with the deadline when a clock runs. */
    private Div item(Handoff handoff) {
        String name = handoff.getCustomerName() + " · " + getTranslation(handoff.getType().labelKey());
        String why = getTranslation(handoff.getState().isAcceptClock() ? "dashboard.waiting.handoff.accept"
                : "dashboard.waiting.handoff.resolve");
        Instant due = handoff.getDueAt();
        if (due != null) {
            why += " · " + getTranslation("dashboard.waiting.handoff.due", VnFormats.dateTime(due));
        }
        return item("handoff/" + handoff.getId(), name, why);
    }

    /** "Lục Nam · Tri ân khách hàng MyTV" with "Chờ bạn kiểm tra hôm nay", "Khắc phục quá hạn từ 02/12/2026"... */
    private Div item(WaitingItem waiting, LocalDate today) {
        String subject = waiting.callbacksOf() == null ? waiting.subject()
                : getTranslation("dashboard.waiting.supervision.callbacksOf", waiting.callbacksOf());
        String name = subject == null ? waiting.unitName() : waiting.unitName() + " · " + subject;
        return item(waiting.href(), name, reason(waiting, today));
    }

    private String reason(WaitingItem waiting, LocalDate today) {
        String key = "dashboard.waiting.supervision." + waiting.kind().name();
        LocalDate due = waiting.dueOn();
        if (due == null) {
            return getTranslation(key);
        }
        String when = due.isBefore(today) ? "late" : due.isEqual(today) ? "today" : "on";
        return getTranslation(key + "." + when, VnFormats.date(due));
    }

    private Div item(String href, String text, String reason) {
        Anchor name = new Anchor(href, text);
        name.addClassName("waiting-name");
        Span why = new Span(reason);
        why.addClassName("waiting-reason");
        Div item = new Div(name, why);
        item.addClassName("waiting-item");
        return item;
    }

    private String reason(Campaign campaign, LocalDate today) {
        CampaignState state = campaign.getState();
        if (state == CampaignState.APPRAISAL) {
            return getTranslation("dashboard.waiting.APPRAISAL") + resubmission(Objects.requireNonNull(campaign.getId()));
        }
        if (state == CampaignState.EVALUATION && settles) {
            return getTranslation("dashboard.waiting.EVALUATION.settle");
        }
        if (state == CampaignState.EVALUATION || state == CampaignState.RETURNED) {
            return getTranslation("dashboard.waiting." + state.name());
        }
        if (state == CampaignState.READINESS && !campaign.isLate(today)) {
            return getTranslation("dashboard.waiting.READINESS");
        }
        return getTranslation("dashboard.waiting.late", getTranslation(state.labelKey()));
    }

    /** " · Nộp lại — thay đổi: chỉ tiêu, ngân sách" for a plan appraised before; empty for a first submission. */
    private String resubmission(long campaignId) {
        if (!appraisals.wasAppraised(campaignId)) {
            return "";
        }
        Set<String> changed = new LinkedHashSet<>();
        for (PlanChange change : appraisals.changesSinceLastAppraisal(campaignId)) {
            changed.add(getTranslation("dashboard.waiting.change." + switch (change.kind()) {
                case QUOTA -> "QUOTA";
                case BUDGET_UNIT, BUDGET_TOTAL -> "BUDGET";
                case SCRIPT -> "SCRIPT";
            }));
        }
        return " · " + (changed.isEmpty() ? getTranslation("dashboard.waiting.resubmittedUnchanged")
                : getTranslation("dashboard.waiting.resubmitted", String.join(", ", changed)));
    }
}

package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Polling;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.customer.CustomerSummary;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;
import vn.vnpt.bacgiang.cskh.handoff.HandoffRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;
import vn.vnpt.bacgiang.cskh.org.RosterService;
import vn.vnpt.bacgiang.cskh.org.ScopeReach;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionWaitingService;

/**
 * Each role's home: who and where the user is, what waits on them first (a phone shows it without
 * scrolling), then the reach of their scope and the steps of the care process their role owns.
 */
@Route("")
@PermitAll
@Menu(title = "dashboard.nav.home", order = 0, icon = "vaadin:home")
@StyleSheet("context://styles/dashboard.css")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final int WAITING_HANDOFFS = 10;
    static final int REFRESH_MILLIS = 30_000;
    /** A poll may come a little early; one that early still counts as the refresh's. */
    private static final int POLL_SLACK_MILLIS = 1_000;

    private final Supplier<List<Component>> draw;
    private final Clock clock;
    private Instant drawnAt;
    private @Nullable Registration polling;
    private @Nullable Registration refresh;

    HomeView(CurrentUser currentUser, RosterService roster, CustomerService customers, CampaignService campaigns,
             AppraisalService appraisals, ExecutionService execution, HandoffService handoffs,
             SupervisionWaitingService supervision, Clock clock, ManagementDashboards management,
             RoleDashboards dashboards) {
        addClassName("view");
        addClassName("home-view");
        this.clock = clock;
        PortalUser user = currentUser.require();
        draw = () -> {
            Div page = new Div();
            draw(page, user, roster, customers, campaigns, appraisals, execution, handoffs, supervision, clock,
                    management, dashboards);
            return page.getChildren().toList();
        };
        drawnAt = clock.instant();
        draw.get().forEach(this::add);
    }

    /** While the page is open it re-reads its figures every {@link #REFRESH_MILLIS} (decision 0038). */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        polling = Polling.request(ui, REFRESH_MILLIS);
        refresh = ui.addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (refresh != null) {
            refresh.remove();
            refresh = null;
        }
    }

    /**
     * Re-reads the figures once the refresh interval has passed (another part of the page may poll faster).
     * Unchanged figures stay in place, only their time moves on, so a keyboard user's focus and a phone's
     * scroll position survive the tick; changed figures replace the page.
     */
    private void refresh() {
        Instant now = clock.instant();
        if (Duration.between(drawnAt, now).toMillis() < REFRESH_MILLIS - POLL_SLACK_MILLIS) {
            return;
        }
        drawnAt = now;
        List<Component> fresh = draw.get();
        List<Component> shown = getChildren().toList();
        if (PageFigures.of(fresh).equals(PageFigures.of(shown))) {
            PageFigures.moveTimes(fresh, shown);
        } else {
            removeAll();
            fresh.forEach(this::add);
        }
    }

    private void draw(HasComponents page, PortalUser user, RosterService roster, CustomerService customers,
                      CampaignService campaigns, AppraisalService appraisals, ExecutionService execution,
                      HandoffService handoffs, SupervisionWaitingService supervision, Clock clock,
                      ManagementDashboards management, RoleDashboards dashboards) {
        Paragraph who = new Paragraph(getTranslation("dashboard.who", user.unitName(),
                user.roleLabelKeys().stream().map(this::getTranslation).collect(Collectors.joining(", "))));
        who.addClassName("home-who");
        page.add(new H1(getTranslation("dashboard.greeting", user.displayName())), who);
        QueueFilter.Mode handoffQueue = handoffs.defaultMode();
        page.add(new H3(getTranslation("dashboard.waiting.title")), new WaitingOnMe(waitingTasks(user, execution),
                campaigns.waitingOn(user), waitingHandoffs(handoffs, handoffQueue),
                user.can(Permission.INSPECTION_READ) ? supervision.waitingOnMe() : List.of(),
                appraisals, LocalDate.now(clock), user.can(Permission.BUDGET_SETTLE)
                && !user.can(Permission.CAMPAIGN_CLOSE) && !user.can(Permission.CAMPAIGN_PLAN)));
        Optional<Component> dashboard = management.of(user).or(() -> dashboards.of(user));
        dashboard.ifPresent(page::add);

        page.add(new H3(getTranslation("dashboard.scope.title")), scopeCards(user, roster.reach()));
        if (user.can(Permission.CUSTOMER_READ)) {
            page.add(new H3(getTranslation("dashboard.customers.title")), customerCards(customers.summary()));
        }
        execution.home().ifPresent(figures -> page.add(new H3(getTranslation("execution.home.title")),
                new StepSixCards(figures)));
        if (!(dashboard.orElse(null) instanceof RoleDashboard role && role.showsQueue(handoffQueue))) {
            page.add(new H3(getTranslation("handoff.home.title")), new HandoffCards(handoffs.home()));
        }
        page.add(new H3(getTranslation("dashboard.steps.title")), new CareProcessSteps(user));
    }

    /** How many of the user's own care tasks are due by the end of today and booked for today, when there are any. */
    private static Map<WorklistFilter, Long> waitingTasks(PortalUser user, ExecutionService execution) {
        Map<WorklistFilter, Long> counts = new EnumMap<>(WorklistFilter.class);
        if (user.can(Permission.TASK_WORK)) {
            for (WorklistFilter part : List.of(WorklistFilter.DUE_TODAY, WorklistFilter.APPOINTMENTS_TODAY)) {
                long count = execution.count(part, null);
                if (count > 0) {
                    counts.put(part, count);
                }
            }
        }
        return counts;
    }

    /** The hand-offs the user's unit received and still owes work on, most urgent first, when it works them. */
    private static List<HandoffRow> waitingHandoffs(HandoffService handoffs, QueueFilter.Mode defaultMode) {
        return defaultMode == QueueFilter.Mode.RECEIVED
                ? handoffs.queue(QueueFilter.of(QueueFilter.Mode.RECEIVED), 0, WAITING_HANDOFFS) : List.of();
    }

    private Div scopeCards(PortalUser user, ScopeReach reach) {
        Div cards = new Div(
                card(reach.units(), "dashboard.card.units"),
                card(reach.districts(), "dashboard.card.districts"),
                card(reach.activeStaff(), "dashboard.card.staff"),
                textCard(getTranslation("dashboard.scope." + user.scope().level()), "dashboard.card.scope"));
        cards.addClassName("cards");
        return cards;
    }

    private Div customerCards(CustomerSummary summary) {
        Div cards = new Div(card(summary.customers(), "dashboard.card.customers"),
                card(summary.highChurnRisk(), "dashboard.card.highRisk"),
                card(summary.overdue(), "dashboard.card.overdue"));
        cards.addClassName("cards");
        return cards;
    }

    private Div card(long value, String labelKey) {
        return card(VnFormats.number(value), labelKey);
    }

    private Div textCard(String value, String labelKey) {
        Div card = card(value, labelKey);
        card.addClassName("text-card");
        return card;
    }

    private Div card(String value, String labelKey) {
        Span valueText = new Span(value);
        valueText.addClassName("card-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("card-label");
        Div card = new Div(valueText, label);
        card.addClassNames("card", "stat-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}

package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffEvent;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.sla.SlaClock;

/** One hand-off: its SLA, the moves the user may make, the context packet, the thread and the history. */
@Route("handoff")
@RolesAllowed(Permissions.HANDOFF_READ)
@StyleSheet("context://styles/handoff.css")
class HandoffView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final HandoffService handoffs;
    private long id;
    private String title = "";

    HandoffView(HandoffService handoffs) {
        this.handoffs = handoffs;
        addClassNames("view", "handoff-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long handoffId) {
        id = handoffId;
        show();
    }

    private void show() {
        Handoff handoff = handoffs.get(id);
        List<HandoffEvent> events = handoffs.events(id);
        SlaClock sla = handoffs.sla(handoff);
        title = handoff.reference() + " · " + handoff.getCustomerName();
        removeAll();
        add(new RouterLink(getTranslation("handoff.view.back"), HandoffQueueView.class));
        Div heading = new Div(new H1(handoff.reference() + " · " + getTranslation(handoff.getType().labelKey())),
                HandoffTexts.state(this, handoff), HandoffTexts.flag(this, sla), HandoffTexts.escalation(this, handoff));
        heading.addClassName("view-header");
        add(heading, slaFacts(handoff, sla), new MoveBar(handoffs, handoff, this::show));
        Div columns = new Div(new PacketPanel(handoff), new ThreadPanel(handoffs, handoff, events));
        columns.addClassName("handoff-columns");
        add(columns);
    }

    private Div slaFacts(Handoff handoff, @Nullable SlaClock sla) {
        Div facts = new Div();
        facts.addClassName("handoff-sla");
        facts.setId("handoff-sla");
        wideFact(facts, "handoff.route", handoff.getRequesterUnitName() + " → " + handoff.getReceiverUnitName());
        fact(facts, "handoff.priority", getTranslation(handoff.getPriority().labelKey()));
        fact(facts, "handoff.sentAt", VnFormats.dateTime(handoff.getSentAt()) + " · " + handoff.getRequesterName());
        if (sla != null) {
            fact(facts, handoff.getState().isAcceptClock() ? "handoff.deadline.accept" : "handoff.deadline.resolve",
                    sla.deadline() == null ? getTranslation("handoff.sla.PAUSED") : VnFormats.dateTime(sla.deadline()));
            fact(facts, "handoff.remaining", HandoffTexts.remaining(this, sla));
            wideFact(facts, "handoff.target", getTranslation("handoff.target.text",
                    HandoffTexts.duration(this, java.time.Duration.ofMinutes(handoff.getAcceptMinutes())),
                    HandoffTexts.duration(this, java.time.Duration.ofMinutes(handoff.getResolveMinutes())),
                    handoff.getWarnPercent()));
        }
        if (handoff.getBounces() > 0 || handoff.getReopens() > 0) {
            fact(facts, "handoff.bounces", getTranslation("handoff.bounces.text", handoff.getBounces(),
                    handoff.getReopens()));
        }
        if (handoff.getReturnedReason() != null) {
            wideFact(facts, "handoff.returnedReason", handoff.getReturnedReason());
        }
        if (handoff.getResolution() != null) {
            wideFact(facts, "handoff.resolution", handoff.getResolution());
        }
        return facts;
    }

    /** A fact whose text is long: on a phone it takes a whole row of the box. */
    private void wideFact(Div facts, String labelKey, String value) {
        fact(facts, labelKey, value).addClassName("handoff-fact-wide");
    }

    private Div fact(Div facts, String labelKey, String value) {
        Div fact = HandoffTexts.fact(this, labelKey, value);
        facts.add(fact);
        return fact;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffState;
import vn.vnpt.bacgiang.cskh.sla.SlaClock;
import vn.vnpt.bacgiang.cskh.sla.SlaState;

/** How hand-offs read on screen: working durations, the SLA flag, the state badge. */
final class HandoffTexts {

    private HandoffTexts() {
    }

    /** "3 giờ 20 phút" of working time. */
    static String duration(Component owner, Duration duration) {
        long minutes = Math.abs(duration.toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return owner.getTranslation("handoff.duration.minutes", rest);
        }
        return rest == 0 ? owner.getTranslation("handoff.duration.hours", hours)
                : owner.getTranslation("handoff.duration.hoursMinutes", hours, rest);
    }

    /** Working time left, or how late: "còn 3 giờ", "quá hạn 1 giờ 10 phút", "tạm dừng". */
    static String remaining(Component owner, @Nullable SlaClock sla) {
        if (sla == null) {
            return "";
        }
        return switch (sla.state()) {
            case PAUSED -> owner.getTranslation("handoff.sla.PAUSED");
            case MET, MISSED -> owner.getTranslation("handoff.sla." + sla.state().name());
            case OVERDUE -> owner.getTranslation("handoff.remaining.late", duration(owner, sla.remaining()));
            default -> owner.getTranslation("handoff.remaining.left", duration(owner, sla.remaining()));
        };
    }

    static String deadline(@Nullable SlaClock sla) {
        return sla == null || sla.deadline() == null ? "" : VnFormats.dateTime(sla.deadline());
    }

    /** The flag badge: warning before the deadline, overdue after it; nothing while simply on time. */
    static Span flag(Component owner, @Nullable SlaClock sla) {
        Span flag = new Span();
        flag.addClassName("handoff-flag");
        if (!flagged(sla)) {
            flag.setVisible(false);
            return flag;
        }
        flag.setText(flagText(owner, sla));
        flag.getElement().getThemeList().add(flagTheme(sla));
        flag.getElement().setAttribute("data-sla", sla.state().name());
        return flag;
    }

    /** Whether the flag shows: not while simply on time. */
    static boolean flagged(@Nullable SlaClock sla) {
        return sla != null && sla.state() != SlaState.ON_TIME;
    }

    static String flagText(Component owner, @Nullable SlaClock sla) {
        return flagged(sla) ? owner.getTranslation("handoff.sla." + sla.state().name()) : "";
    }

    static String flagTheme(@Nullable SlaClock sla) {
        if (!flagged(sla)) {
            return "";
        }
        return switch (sla.state()) {
            case OVERDUE, MISSED -> "badge error";
            case WARNING -> "badge warning";
            case MET -> "badge success";
            default -> "badge contrast";
        };
    }

    static Span state(Component owner, Handoff handoff) {
        Span state = new Span(owner.getTranslation(handoff.getState().labelKey()));
        state.addClassName("handoff-state");
        state.getElement().getThemeList().add(stateTheme(handoff));
        return state;
    }

    static String stateTheme(Handoff handoff) {
        return handoff.getState() == HandoffState.RETURNED ? "badge error"
                : handoff.getState() == HandoffState.CONFIRMED ? "badge success" : "badge";
    }

    /** Whom the escalation told: the head of the receiving unit's kind ("Báo Trưởng TTVT"), then the Director; hidden otherwise. */
    static Span escalation(Component owner, Handoff handoff) {
        Span level = new Span(escalationText(owner, handoff));
        level.addClassName("handoff-escalation");
        level.getElement().getThemeList().add("badge error primary");
        level.setVisible(handoff.getEscalationLevel() > 0);
        return level;
    }

    static String escalationText(Component owner, Handoff handoff) {
        int escalation = handoff.getEscalationLevel();
        return escalation == 0 ? "" : owner.getTranslation(escalation == 1
                ? "handoff.escalation.1." + handoff.getType().receiverKind().name() : "handoff.escalation." + escalation);
    }

    /** A labelled fact of a hand-off's page or packet: the label above its value. */
    static Div fact(Component owner, String labelKey, String value) {
        Span label = new Span(owner.getTranslation(labelKey));
        label.addClassName("handoff-fact-label");
        Span text = new Span(value);
        text.addClassName("handoff-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("handoff-fact");
        return fact;
    }
}

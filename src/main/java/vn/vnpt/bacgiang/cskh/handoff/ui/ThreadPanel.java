package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffEvent;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;

/**
 * The thread: both sides' messages with every move, warning and escalation in between, oldest first,
 * and a box to write in.
 */
class ThreadPanel extends Div {

    ThreadPanel(HandoffService handoffs, Handoff handoff, List<HandoffEvent> events) {
        addClassNames("handoff-panel", "handoff-thread");
        setId("handoff-thread");
        add(new H3(getTranslation("handoff.thread.title")));
        events.forEach(event -> add(entry(event, handoff)));
        if (handoffs.mayComment(handoff)) {
            TextArea message = new TextArea();
            message.setPlaceholder(getTranslation("handoff.thread.placeholder"));
            message.setAriaLabel(getTranslation("handoff.thread.placeholder"));
            message.setId("handoff-message");
            message.setWidthFull();
            message.setMaxLength(Handoff.TEXT_MAX);
            Div box = new Div(message);
            List<HandoffEvent> sent = new ArrayList<>(1);
            // the saved message joins the thread here: reading the whole hand-off again could fail after the save
            // committed (the load test saw it at 1 000 users), telling the user it failed when it was sent
            Button send = new Button(getTranslation("handoff.thread.send"), click -> {
                sent.clear();
                if (UserAction.run(this, () -> sent.add(handoffs.comment(Objects.requireNonNull(handoff.getId()),
                        message.getValue())), "error.conflict", refused -> {
                    message.setErrorMessage(UserAction.message(this, refused));
                    message.setInvalid(true);
                    return true;
                })) {
                    addComponentAtIndex(indexOf(box), entry(sent.getFirst(), handoff));
                    message.clear();
                    message.setInvalid(false);
                }
            });
            send.setId("handoff-message-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(send);
            box.addClassName("handoff-message-box");
            add(box);
        }
    }

    private Div entry(HandoffEvent event, Handoff handoff) {
        Span who = new Span(event.getActorId() == null ? getTranslation("handoff.thread.portal")
                : event.getActorName() + (event.getActorUnit() == null ? "" : " · " + event.getActorUnit()));
        who.addClassName("handoff-entry-who");
        Span at = new Span(VnFormats.dateTime(event.getAt()));
        at.addClassName("handoff-entry-at");
        Div head = new Div(who, at);
        head.addClassName("handoff-entry-head");
        Div entry = new Div(head);
        entry.addClassNames("handoff-entry", "handoff-entry-" + event.getKind().name().toLowerCase());
        switch (event.getKind()) {
            case MESSAGE -> {
                entry.add(new Span(Objects.requireNonNullElse(event.getText(), "")));
                boolean requester = Objects.equals(event.getActorId(), handoff.getRequesterId());
                entry.addClassName(requester ? "handoff-entry-requester" : "handoff-entry-other");
            }
            case MOVE -> {
                Span move = new Span(event.getMove() == null ? getTranslation("handoff.history.raised")
                        : getTranslation(event.getMove().labelKey()) + ": "
                        + getTranslation(Objects.requireNonNull(event.getFromState()).labelKey()) + " → "
                        + getTranslation(Objects.requireNonNull(event.getToState()).labelKey()));
                move.addClassName("handoff-entry-move");
                entry.add(move);
                if (event.getText() != null) {
                    entry.add(new Span(event.getText()));
                }
            }
            default -> entry.add(new Span(getTranslation(Objects.requireNonNullElse(event.getText(), ""))));
        }
        return entry;
    }
}

package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffMove;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.MoveOption;

/**
 * The moves leaving the hand-off's state, one button each; a move the user may not make is disabled
 * with the reason beside it. Moves that need a reason or the resolution ask for it first.
 */
class MoveBar extends Div {

    private final HandoffService handoffs;
    private final Handoff handoff;
    private final Runnable moved;

    MoveBar(HandoffService handoffs, Handoff handoff, Runnable moved) {
        this.handoffs = handoffs;
        this.handoff = handoff;
        this.moved = moved;
        addClassName("handoff-moves");
        setId("handoff-moves");
        List<MoveOption> options = handoffs.moves(handoff);
        for (MoveOption option : options) {
            add(button(option));
        }
        if (options.isEmpty()) {
            add(new Span(getTranslation("handoff.moves.none")));
        }
    }

    private Button button(MoveOption option) {
        HandoffMove move = option.move();
        Button button = new Button(getTranslation(move.labelKey()), click -> ask(move));
        button.setId("handoff-move-" + move.name());
        button.addThemeVariants(move == HandoffMove.RETURN || move == HandoffMove.CANCEL || move == HandoffMove.REOPEN
                ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        if (!option.allowed()) {
            button.setEnabled(false);
            button.setTooltipText(getTranslation(Objects.requireNonNull(option.refusalKey())));
            button.getElement().setAttribute("title", getTranslation(option.refusalKey()));
        }
        return button;
    }

    private void ask(HandoffMove move) {
        String heading = getTranslation(move.labelKey()) + ": " + handoff.reference();
        if (move == HandoffMove.RESEND) {
            new ResendDialog(heading, handoff, (priority, description) -> run(() ->
                    handoffs.resend(id(), handoff.getVersion(), priority, description))).open();
        } else if (move.needsText()) {
            new TextDialog(heading, getTranslation("handoff.text.label." + move.name()),
                    text -> run(() -> handoffs.move(id(), handoff.getVersion(), move, text))).open();
        } else {
            run(() -> handoffs.move(id(), handoff.getVersion(), move, null));
        }
    }

    private void run(java.util.function.Supplier<Handoff> call) {
        UserAction.run(this, () -> {
            Handoff after = call.get();
            Notifications.success(getTranslation("handoff.moved", after.reference(),
                    getTranslation(after.getState().labelKey())));
        }, "handoff.conflict");
        moved.run();
    }

    private long id() {
        return Objects.requireNonNull(handoff.getId());
    }
}

package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.StateChange;

/** A campaign's moves, oldest first: when, who, from which step to which, and their comment. */
class HistoryList extends Div {

    HistoryList(List<StateChange> changes) {
        addClassName("campaign-history");
        if (changes.isEmpty()) {
            add(new Span(getTranslation("campaign.history.empty")));
        }
        changes.forEach(change -> add(entry(change)));
    }

    private Div entry(StateChange change) {
        Span at = new Span(VnFormats.dateTime(change.getAt()));
        at.addClassName("campaign-history-at");
        Span actor = new Span(change.getActorName());
        actor.addClassName("campaign-history-actor");
        Span move = new Span(change.getFromState() == null ? getTranslation("campaign.history.created")
                : getTranslation(change.getFromState().labelKey()) + " → " + getTranslation(change.getToState().labelKey()));
        move.addClassName("campaign-history-move");
        Div entry = new Div(at, actor, move);
        entry.addClassName("campaign-history-entry");
        if (change.getComment() != null) {
            Span comment = new Span(change.getComment());
            comment.addClassName("campaign-history-comment");
            entry.add(comment);
        }
        return entry;
    }
}

package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/** One column of the board: the campaigns in one state; a card dropped here asks to move to that state. */
class BoardColumn extends Div implements DropTarget<BoardColumn> {

    private final CampaignState state;

    BoardColumn(CampaignState state, List<CampaignCard> cards, boolean acceptsDrops) {
        this.state = state;
        addClassName("board-column");
        getElement().setAttribute("data-state", state.name());
        Span title = new Span(getTranslation(state.labelKey()));
        title.addClassName("board-column-title");
        Span count = new Span(String.valueOf(cards.size()));
        count.addClassName("board-column-count");
        Div header = new Div(title, count);
        header.addClassName("board-column-header");
        Div body = new Div();
        body.addClassName("board-column-body");
        if (cards.isEmpty()) {
            addClassName("board-column-none");
            Span empty = new Span(getTranslation("campaign.board.emptyColumn"));
            empty.addClassName("board-column-empty");
            body.add(empty);
        }
        cards.forEach(body::add);
        add(header, body);
        setActive(acceptsDrops);
    }

    CampaignState state() {
        return state;
    }
}

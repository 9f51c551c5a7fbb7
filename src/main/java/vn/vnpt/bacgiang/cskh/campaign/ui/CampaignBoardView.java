package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/**
 * The campaign board: a column per step and one for returned plans. Dropping a card on another
 * column asks the service for that move; a refused move leaves the card where it was. Sales
 * managers and care staff see, read-only, the steps they take part in.
 */
@Route("campaigns")
@RolesAllowed(Permissions.CAMPAIGN_READ)
@Menu(title = "campaign.nav.board", order = 5, icon = "vaadin:grid-big-o")
@StyleSheet("context://styles/campaign.css")
class CampaignBoardView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final CampaignFilterBar filters = new CampaignFilterBar(filter -> refresh());
    private final Div board = new Div();
    private final Span finished = new Span();
    private final CampaignMover mover;
    private final boolean mayMove;

    CampaignBoardView(CampaignService campaigns, SegmentService segments, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.mover = new CampaignMover(this, campaigns, this::refresh);
        PortalUser user = currentUser.require();
        mayMove = Stream.of(Permission.CAMPAIGN_PLAN, Permission.APPRAISE, Permission.INSPECT).anyMatch(user::can);
        addClassNames("view", "campaign-board-view");
        setSizeFull();

        Div header = new Div(new H1(getTranslation("campaign.board.title")),
                new RouterLink(getTranslation("campaign.board.asList"), CampaignListView.class));
        header.addClassName("view-header");
        if (user.can(Permission.CAMPAIGN_PLAN)) {
            Button create = new Button(getTranslation("campaign.board.new"), VaadinIcon.PLUS.create(),
                    click -> CampaignEditing.create(this, campaigns, segments));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        board.addClassName("campaign-board");
        finished.addClassName("campaign-finished");
        add(header, filters);
        if (!mayMove) {
            Span readOnly = new Span(getTranslation("campaign.board.readOnly"));
            readOnly.addClassName("campaign-board-readonly");
            add(readOnly);
        }
        add(board, finished);
        refresh();
    }

    private void refresh() {
        CampaignFilter filter = filters.filter();
        List<Campaign> shown = campaigns.board(filter);
        filters.offerOwners(campaigns.board(CampaignFilter.none()));
        filters.offerUnits(campaigns.units());
        LocalDate today = LocalDate.now(VnFormats.ZONE);
        board.removeAll();
        campaigns.boardStates().forEach(state -> {
            List<CampaignCard> cards = shown.stream().filter(campaign -> campaign.getState() == state)
                    .map(campaign -> new CampaignCard(campaign, today, mayMove)
                            .unitsReady(campaigns.unitsReady(campaign), today)
                            .movable(mayMove ? campaigns.allowedTransitions(campaign) : List.of(), mover)).toList();
            BoardColumn column = new BoardColumn(state, cards, mayMove);
            column.addDropListener(drop -> drop.getDragSourceComponent().filter(CampaignCard.class::isInstance)
                    .map(CampaignCard.class::cast).ifPresent(card -> mover.move(card.campaign(), column.state())));
            board.add(column);
        });
        finished.setText(getTranslation("campaign.board.closed", count(shown, CampaignState.CLOSED),
                count(shown, CampaignState.CANCELLED)));
    }

    private static long count(List<Campaign> campaigns, CampaignState state) {
        return campaigns.stream().filter(campaign -> campaign.getState() == state).count();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.board.title");
    }
}

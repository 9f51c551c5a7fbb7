package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The board's campaigns as a list, for keyboard and screen-reader users: each name is a link to its
 * campaign, and a menu offers the moves the board's drag and drop makes.
 */
@Route("campaigns/list")
@RolesAllowed(Permissions.CAMPAIGN_READ)
@StyleSheet("context://styles/campaign.css")
class CampaignListView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final CampaignFilterBar filters = new CampaignFilterBar(filter -> refresh());
    private final Grid<Campaign> grid = new Grid<>();

    CampaignListView(CampaignService campaigns) {
        this.campaigns = campaigns;
        addClassNames("view", "campaign-list-view");
        setSizeFull();
        Div header = new Div(new H1(getTranslation("campaign.list.title")),
                new RouterLink(getTranslation("campaign.board.asBoard"), CampaignBoardView.class));
        header.addClassName("view-header");

        LocalDate today = LocalDate.now(VnFormats.ZONE);
        grid.addComponentColumn(campaign -> CampaignView.link(campaign))
                .setKey("name").setHeader(getTranslation("campaign.field.name")).setFlexGrow(2)
                .setWidth("14rem");
        CampaignMover mover = new CampaignMover(this, campaigns, this::refresh);
        Grid.Column<Campaign> moves = grid.addComponentColumn(campaign -> moves(campaign, mover)).setKey("moves")
                .setHeader(getTranslation("campaign.card.move")).setAutoWidth(true);
        grid.addColumn(campaign -> getTranslation(Objects.requireNonNull(campaign.getProgrammeType()).labelKey()))
                .setHeader(getTranslation("campaign.field.type")).setAutoWidth(true);
        grid.addColumn(campaign -> getTranslation(campaign.getState().labelKey()))
                .setHeader(getTranslation("campaign.field.state")).setAutoWidth(true);
        grid.addColumn(CampaignTexts::period).setHeader(getTranslation("campaign.field.period")).setAutoWidth(true);
        grid.addColumn(Campaign::getOwnerName).setHeader(getTranslation("campaign.field.owner")).setAutoWidth(true);
        grid.addColumn(campaign -> deadline(campaign, today)).setHeader(getTranslation("campaign.field.deadline"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("campaign.list.empty"));
        grid.addItemClickListener(click -> {
            if (click.getColumn() != moves) {
                open(click.getItem());
            }
        });
        grid.setSizeFull();
        add(header, filters, grid);
        refresh();
    }

    private String deadline(Campaign campaign, LocalDate today) {
        if (campaign.getStepDeadline() == null) {
            return "";
        }
        String date = VnFormats.date(campaign.getStepDeadline());
        String flags = (campaign.getState() == CampaignState.RETURNED ? " · " + getTranslation("campaign.card.returned")
                : "") + (campaign.isLate(today) ? " · " + getTranslation("campaign.card.late") : "");
        return date + flags;
    }

    /** The moves the user may make on the campaign, as on the board's cards. */
    private Component moves(Campaign campaign, CampaignMover mover) {
        List<CampaignTransition> allowed = campaigns.allowedTransitions(campaign);
        return allowed.isEmpty() ? new Span() : new MoveMenu(campaign, allowed, mover);
    }

    private void open(Campaign campaign) {
        CampaignView.open(this, Objects.requireNonNull(campaign.getId()));
    }

    private void refresh() {
        filters.offerOwners(campaigns.board(CampaignFilter.none()));
        filters.offerUnits(campaigns.units());
        grid.setItems(campaigns.board(filters.filter()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.list.title");
    }
}

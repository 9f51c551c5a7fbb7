package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The board's campaigns as a list, for keyboard and screen-reader users: each name is a link to its
 * campaign, and a menu offers the moves the board's drag and drop makes. {@code ?state=<CampaignState>},
 * {@code ?late=true}, {@code ?open=true} and {@code ?owner=<user id>} narrow it further (the dashboards'
 * figures link here), said above the list with a link back to all.
 */
@Route("campaigns/list")
@RolesAllowed(Permissions.CAMPAIGN_READ)
@StyleSheet("context://styles/campaign.css")
class CampaignListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CampaignService campaigns;
    private final Clock clock;
    private final CampaignFilterBar filters = new CampaignFilterBar(filter -> refresh());
    private final Grid<Campaign> grid = new Grid<>();
    private final Div narrowed = new Div();
    private @Nullable CampaignState askedState;
    private boolean lateOnly;
    private boolean openOnly;
    private @Nullable Long askedOwner;

    CampaignListView(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
        addClassNames("view", "campaign-list-view");
        setSizeFull();
        Div header = new Div(new H1(getTranslation("campaign.list.title")),
                new RouterLink(getTranslation("campaign.board.asBoard"), CampaignBoardView.class));
        header.addClassName("view-header");

        LocalDate today = LocalDate.now(clock);
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
        narrowed.addClassName("campaign-list-narrowed");
        narrowed.setVisible(false);
        add(header, filters, narrowed, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked = event.getLocation().getQueryParameters().getParameters();
        askedState = asked.getOrDefault("state", List.of()).stream().findFirst().flatMap(name -> Arrays.stream(
                CampaignState.values()).filter(value -> value.name().equals(name)).findFirst()).orElse(null);
        lateOnly = asked.getOrDefault("late", List.of()).contains("true");
        openOnly = asked.getOrDefault("open", List.of()).contains("true");
        askedOwner = asked.getOrDefault("owner", List.of()).stream().filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf).findFirst().orElse(null);
        narrowed.removeAll();
        List<String> said = new ArrayList<>();
        if (askedState != null) {
            said.add(getTranslation(askedState.labelKey()));
        }
        if (lateOnly) {
            said.add(getTranslation("campaign.card.late"));
        }
        if (openOnly) {
            said.add(getTranslation("campaign.list.open"));
        }
        if (askedOwner != null) {
            long owner = askedOwner;
            said.add(getTranslation("campaign.list.owner", campaigns.board(CampaignFilter.none()).stream()
                    .filter(campaign -> campaign.getOwnerId() == owner).map(Campaign::getOwnerName).findFirst()
                    .orElse("—")));
        }
        narrowed.setVisible(!said.isEmpty());
        narrowed.add(new Span(getTranslation("campaign.list.narrowed", String.join(" · ", said))),
                new RouterLink(getTranslation("campaign.list.showAll"), CampaignListView.class));
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
        LocalDate today = LocalDate.now(clock);
        grid.setItems(campaigns.board(filters.filter()).stream()
                .filter(campaign -> askedState == null || campaign.getState() == askedState)
                .filter(campaign -> !lateOnly || campaign.isLate(today))
                .filter(campaign -> !openOnly || campaign.getState().isOpen())
                .filter(campaign -> askedOwner == null || campaign.getOwnerId() == askedOwner).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.list.title");
    }
}

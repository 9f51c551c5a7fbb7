package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/**
 * The board without a mouse: each card is an article named by its campaign's link, which opens it,
 * and a menu offers the moves the user may make, as dropping the card would; the list view offers
 * the same menu on each row.
 */
class CampaignKeyboardTest extends KaribuTest {

    private static final long LUC_NAM = 11;

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCardIsAnArticleNamedByTheLinkThatOpensItsCampaign() throws Exception {
        Campaign campaign = segmented("Thẻ có tên");
        login("kehoach");
        navigate("campaigns");

        CampaignCard card = cardOf(campaign);
        Anchor link = _get(card, Anchor.class);
        assertThat(link.getText()).isEqualTo(campaign.getName());
        assertThat(link.getHref()).isEqualTo("campaign/" + campaign.getId());
        assertThat(card.getElement().getAttribute("role")).isEqualTo("article");
        assertThat(card.getElement().getAttribute("aria-labelledby")).isEqualTo(link.getId().orElseThrow());
        assertThat(card.getElement().hasAttribute("tabindex")).as("the link, not the card, is the Tab stop").isFalse();
    }

    @Test
    void aPlannerMovesACardToTheNextStepWithItsMenu() throws Exception {
        Campaign campaign = segmented("Chuyển bằng bàn phím");
        login("kehoach");
        navigate("campaigns");

        MoveMenu menu = _get(cardOf(campaign), MoveMenu.class);
        MenuItem move = menu.getItems().getFirst();
        assertThat(move.getText()).isEqualTo("Chuyển bước");
        assertThat(move.getAriaLabel()).hasValue("Chuyển bước “" + campaign.getName() + "”");
        assertThat(labels(move)).containsExactly("Chuyển sang định hướng");
        _click(menu, item(move, "Chuyển sang định hướng"));

        NotificationsKt.expectNotifications(
                "Đã chuyển “" + campaign.getName() + "” sang: 2. Định hướng, kịch bản.");
        assertThat(as("kehoach", () -> campaigns.get(CampaignFixture.id(campaign))).getState())
                .isEqualTo(CampaignState.ORIENTATION);
        assertThat(_find(BoardColumn.class).stream().filter(column -> column.state() == CampaignState.ORIENTATION)
                .findFirst().orElseThrow().getElement().getTextRecursively()).contains(campaign.getName());
    }

    @Test
    void theListViewOffersTheSameMovesOnEachRow() throws Exception {
        Campaign campaign = segmented("Chuyển từ danh sách");
        login("kehoach");
        navigate("campaigns/list");

        @SuppressWarnings("unchecked")
        Grid<Campaign> grid = _get(Grid.class);
        int row = _findAll(grid).stream().map(Campaign::getId).toList().indexOf(campaign.getId());
        MoveMenu menu = (MoveMenu) _getCellComponent(grid, row, "moves");
        _click(menu, item(menu.getItems().getFirst(), "Chuyển sang định hướng"));

        assertThat(as("kehoach", () -> campaigns.get(CampaignFixture.id(campaign))).getState())
                .isEqualTo(CampaignState.ORIENTATION);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("campaigns/list");
    }

    @Test
    void careStaffWhoOnlyReadTheBoardAreOfferedNoMoves() {
        CampaignFixture.inState(jdbc, "Chỉ xem", CampaignState.EXECUTION, LUC_NAM);
        login("lucnam.cskh1");
        navigate("campaigns");

        assertThat(_find(CampaignCard.class)).isNotEmpty();
        assertThat(_find(MoveMenu.class)).isEmpty();
    }

    /** A new campaign of kehoach's in step 1 with step 2's prerequisites done: it may move on to orientation. */
    private Campaign segmented(String name) throws Exception {
        return CampaignFixture.withStepTwoDone(jdbc, as("kehoach",
                () -> campaigns.create(CampaignFixture.draft(name, CampaignFixture.LONG_TENURE_SEGMENT))));
    }

    private static CampaignCard cardOf(Campaign campaign) {
        return _find(CampaignCard.class).stream()
                .filter(card -> Objects.equals(card.campaign().getId(), campaign.getId())).findFirst().orElseThrow();
    }

    private static List<String> labels(MenuItem move) {
        return move.getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    private static MenuItem item(MenuItem move, String label) {
        return move.getSubMenu().getItems().stream().filter(item -> item.getText().equals(label)).findFirst()
                .orElseThrow();
    }
}

package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.ProgrammeType;

class CampaignListViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void theListLinksEachCampaignToItsPageAndFiltersByProgrammeType() {
        login("giamsat");
        navigate("campaigns/list");
        Grid<Campaign> grid = _get(Grid.class);

        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Loại chương trình")), ProgrammeType.TET_GIFT);

        assertThat(IntStream.range(0, _size(grid)).mapToObj(row -> (Anchor) _getCellComponent(grid, row, "name")))
                .extracting(Anchor::getText).contains("Quà Tết Bính Ngọ cho khách hàng VIP")
                .doesNotContain("Tri ân khách hàng MyTV");
        Anchor first = (Anchor) _getCellComponent(grid, 0, "name");
        assertThat(first.getHref()).startsWith("campaign/");
    }
}

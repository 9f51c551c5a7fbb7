package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.report.EvaluationReportTestText.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * The reports that end in a summary band (the roster's head count, the campaign list's count, the inspection's
 * result): with one more row each time, the summary comes to start a page of its own, and that page keeps its
 * footer like every other.
 */
class SummaryFooterTest extends PortalTest {

    @Autowired
    private ReportTemplates templates;

    @Test
    void theRostersLastPageHasItsFooterWhereverTheHeadCountFalls() throws IOException {
        everyPageHasItsFooter("roster", 90, row -> Map.of("unitCode", "U" + row, "unitName", "Đơn vị " + row,
                "depth", 1, "kind", "Cửa hàng", "district", "Việt Yên", "managers", "Người quản lý", "headCount", 3));
    }

    @Test
    void theCampaignListsLastPageHasItsFooterWhereverTheCountFalls() throws IOException {
        everyPageHasItsFooter("campaign-list", 45, row -> {
            Map<String, Object> line = new HashMap<>();
            for (String field : List.of("number", "campaign", "step", "period", "quota", "contacted", "reached",
                    "quotaRate", "accepted", "successRate", "satisfaction")) {
                line.put(field, field + " " + row);
            }
            return line;
        });
    }

    @Test
    void theInspectionsLastPageHasItsFooterWhereverItsResultFalls() throws IOException {
        everyPageHasItsFooter("inspection", 60, row -> Map.of("kind", "ITEM", "no", String.valueOf(row),
                "text", "Mục kiểm tra " + row, "answer", "Đạt", "points", "1"));
    }

    /** Renders the template with 1 to {@code most} rows; every page of every rendering names its number. */
    private void everyPageHasItsFooter(String template, int most, IntFunction<Map<String, ?>> row) throws IOException {
        Map<String, Object> parameters = new HashMap<>(Map.of("page", "Trang {0} / {1}", "draft", false,
                "knockedOut", false));
        boolean spilled = false;
        for (int rows = 1; rows <= most; rows++) {
            List<Map<String, ?>> lines = new ArrayList<>();
            for (int line = 1; line <= rows; line++) {
                lines.add(row.apply(line));
            }
            List<String> pages = pages(templates.renderPdf(template, parameters,
                    new JRMapCollectionDataSource(lines)));
            spilled |= pages.size() > 1;
            for (int page = 0; page < pages.size(); page++) {
                assertThat(pages.get(page)).as(template + ", " + rows + " rows, page " + (page + 1))
                        .contains("Trang " + (page + 1) + " / " + pages.size());
            }
        }
        assertThat(spilled).as(template + " reached a second page").isTrue();
    }
}

package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.report.EvaluationReportTestText.pages;
import static vn.vnpt.bacgiang.cskh.report.EvaluationReportTestText.pagesWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;

/** The evaluation report's layout with more units than a page holds, filled from figures made here. */
class EvaluationPdfLayoutTest extends PortalTest {

    private static final int UNITS = 24;

    @Autowired
    private EvaluationPdf pdf;

    @Test
    void aUnitsRowIsNeverSplitAcrossTwoPagesTheTotalsFitAndEveryPageHasItsFooter() throws IOException {
        List<UnitProgress> units = new ArrayList<>();
        for (int unit = 1; unit <= UNITS; unit++) {
            // a name long enough to wrap onto a second line of its cell, ending in a tag found nowhere else
            units.add(new UnitProgress(unit, "Phòng bán hàng khu vực thử nghiệm đơn vị số " + tag(unit),
                    figures(100 + unit), 90, 80, 60, new BigDecimal("4.0"), 1_000_000));
        }
        // a unit the size of TP Bắc Giang's on the province set: its figures are the widest a row holds
        units.add(new UnitProgress(UNITS + 1, "Phòng bán hàng khu vực lớn nhất", figures(56_338), 50_704, 80, 60,
                new BigDecimal("4.0"), 250_000_000));
        EvaluationFigures figures = new EvaluationFigures("Chương trình nhiều đơn vị", "Thử trang", "Phân loại",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), units,
                new UnitProgress(0, "", figures(2_000), 2_160, null, null, null, 24_000_000), List.of(), List.of(),
                List.of(), null, null, Instant.parse("2026-12-05T03:00:00Z"), null, List.of(), List.of(), null);

        List<String> pages = pages(pdf.render(figures, Locale.forLanguageTag("vi"),
                new EvaluationPdf.Marking(true, null, "Dự thảo thử trang")));

        assertThat(pages).hasSizeGreaterThan(1);
        for (int unit = 1; unit <= UNITS; unit++) {
            String start = "Phòng bán hàng khu vực thử";
            String tail = "số " + tag(unit);
            // the row's figures: its customers against the quota ("1xx / 90"), unique per unit
            String row = (100 + unit) + " / 90";
            List<Integer> withTail = pagesWith(pages, tail);
            assertThat(withTail).as(tail).hasSize(1);
            assertThat(pages.get(withTail.getFirst())).as(tail).contains(row, start);
        }
        for (int page = 0; page < pages.size(); page++) {
            assertThat(pages.get(page)).contains((page + 1) + " / " + pages.size(), "Dự thảo thử trang");
        }
        assertThat(pages.get(pagesWith(pages, "khu vực lớn nhất").getFirst())).contains("56.338 /", "50.704",
                "250.000 / 500*");
        // the widest figures of the table, the totals, are printed whole, wrapped if need be (never cut)
        assertThat(pages.get(pagesWith(pages, "Tổng cộng").getFirst())).contains("2.000 /", "2.160", "274.000 /",
                "12.500*");
    }

    @Test
    void theSignaturesNeverStandAloneOnAPageWhereverTheConclusionsEnd() throws IOException {
        List<UnitProgress> units = List.of(new UnitProgress(1, "Phòng bán hàng khu vực thử", figures(100), 90, 80, 60,
                new BigDecimal("4.0"), 1_000_000));
        // one more line of conclusions each time: the end of the report moves down past the foot of a page (conclusions
        // longer than a page split, and then may end exactly at its foot)
        for (int lines = 1; lines <= 20; lines++) {
            List<String> conclusions = new ArrayList<>();
            for (int line = 1; line <= lines; line++) {
                conclusions.add("Dòng kết luận số " + line + ".");
            }
            EvaluationFigures figures = new EvaluationFigures("Chương trình thử chữ ký", null, null, null, null, units,
                    units.getFirst(), List.of(), List.of(), List.of(), String.join("\n", conclusions), null,
                    Instant.parse("2026-12-05T03:00:00Z"), null, null, null, null);

            List<String> pages = pages(pdf.render(figures, Locale.forLanguageTag("vi"),
                    new EvaluationPdf.Marking(true, null, "Dự thảo thử chữ ký")));

            List<Integer> signed = pagesWith(pages, "GIÁM ĐỐC");
            assertThat(signed).as(lines + " lines").hasSize(1);
            assertThat(pages.get(signed.getFirst())).as(lines + " lines").contains("Nơi nhận:",
                    "Dòng kết luận số " + lines + ".");
        }
    }

    private static String tag(int unit) {
        return "Z" + (char) ('A' + unit);
    }

    private static Figures figures(long tasks) {
        return new Figures(tasks, 0, tasks, tasks / 2, tasks / 4, new BigDecimal("4.1"), 0, 0, tasks, 500_000, 0);
    }
}

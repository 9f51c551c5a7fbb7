package vn.vnpt.bacgiang.cskh.scorecard.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;
import vn.vnpt.bacgiang.cskh.scorecard.CoordinationScorecard;
import vn.vnpt.bacgiang.cskh.scorecard.Level;
import vn.vnpt.bacgiang.cskh.scorecard.Metric;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardPdf;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardRow;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The coordination scorecard: one row per executing unit and TTVT, each figure coloured against the Admin's
 * thresholds and followed by its change since the previous period's snapshot; sortable by any column,
 * downloadable as Excel and as a one-page PDF.
 */
@Route(value = "scorecard", layout = MainLayout.class)
@RolesAllowed(Permissions.SCORECARD_READ)
@Menu(title = "scorecard.nav", order = 32.5, icon = "vaadin:chart-grid")
@StyleSheet("context://styles/scorecard.css")
class ScorecardView extends VerticalLayout implements HasDynamicTitle {

    ScorecardView(ScorecardService scorecard, ScorecardPdf pdf, CurrentUser currentUser) {
        addClassNames("view", "scorecard-view");
        CoordinationScorecard card = scorecard.latest();
        Paragraph period = new Paragraph(getTranslation("scorecard.period", VnFormats.date(card.periodFrom()),
                VnFormats.date(card.today()), card.notStartedDays()));
        period.setId("scorecard-period");
        Paragraph freshness = new Paragraph(getTranslation("scorecard.asOf", VnFormats.dateTime(card.asOf())) + " · "
                + (card.previousOn() == null ? getTranslation("scorecard.noPrevious")
                : getTranslation("scorecard.previous", VnFormats.date(card.previousOn()))));
        freshness.addClassName("scorecard-muted");
        Div actions = new Div(download("scorecard-excel", "scorecard.download.excel",
                        locale -> scorecard.excel(locale), scorecard::excelFileName,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                download("scorecard-pdf", "scorecard.download.pdf", pdf::renderPdf, pdf::fileName, "application/pdf"));
        actions.addClassName("scorecard-actions");
        if (currentUser.require().getAuthorities().stream()
                .anyMatch(authority -> Permission.ADMINISTER.name().equals(authority.getAuthority()))) {
            RouterLink thresholds = new RouterLink(getTranslation("scorecard.thresholds.link"), ThresholdsView.class);
            thresholds.setId("scorecard-thresholds");
            actions.add(thresholds);
        }
        add(new H1(getTranslation("scorecard.title")), period, freshness, actions, legend());
        for (Metric.Side side : Metric.Side.values()) {
            add(new H3(getTranslation(side.headingKey())), grid(card, side));
        }
    }

    /** One grid per side, with only the figures counted for it; the unit column stays put while the rest scrolls. */
    private Grid<ScorecardRow> grid(CoordinationScorecard card, Metric.Side side) {
        Grid<ScorecardRow> grid = new Grid<>();
        grid.setId("scorecard-grid-" + side.name().toLowerCase(Locale.ROOT));
        grid.addClassName("scorecard-grid");
        grid.setAriaLabel(getTranslation(side.labelKey()));
        grid.addColumn(ScorecardRow::unitName).setKey("unit").setHeader(getTranslation("scorecard.column.unit"))
                .setComparator(Comparator.comparing(ScorecardRow::unitName)).setSortable(true)
                .setFrozen(true).setWidth("11rem").setFlexGrow(2);
        for (Metric metric : Metric.values()) {
            if (metric.side() != side) {
                continue;
            }
            grid.addColumn(row -> figure(row, metric)).setKey(metric.name())
                    .setHeader(getTranslation(metric.labelKey()))
                    .setComparator(Comparator.comparingLong(row -> row.value(metric)))
                    .setSortable(true).setTextAlign(ColumnTextAlign.END).setWidth("7.5rem").setFlexGrow(1)
                    .setPartNameGenerator(row -> "level-" + row.level(metric).name().toLowerCase(Locale.ROOT))
                    .setTooltipGenerator(row -> getTranslation(row.level(metric).labelKey()));
        }
        grid.setItems(card.rows().stream().filter(row -> row.side() == side).toList());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** "12 ▲3": the figure and its change since the previous period (▲ worse, ▼ better). */
    static String figure(ScorecardRow row, Metric metric) {
        Long change = row.change(metric);
        String value = VnFormats.number(row.value(metric));
        if (change == null || change == 0) {
            return value;
        }
        return value + (change > 0 ? " ▲" : " ▼") + Math.abs(change);
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("scorecard-legend");
        for (Level level : Level.values()) {
            Span swatch = new Span(getTranslation(level.labelKey()));
            swatch.addClassNames("scorecard-swatch", "level-" + level.name().toLowerCase(Locale.ROOT));
            legend.add(swatch);
        }
        legend.add(new Span(getTranslation("scorecard.legend.trend")));
        return legend;
    }

    private Anchor download(String id, String labelKey, Function<Locale, byte[]> content,
                            Function<Locale, String> fileName, String type) {
        Locale locale = getLocale();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.apply(locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.apply(locale), type, bytes.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(labelKey));
        anchor.setId(id);
        anchor.addClassName("scorecard-download");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title");
    }
}

package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.base.ui.ChartModel;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.execution.CampaignProgress;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.Pace;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.StaffProgress;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Step 6's progress of a campaign per executing unit against its quota and KPI targets and, for the
 * unit chosen (the manager's own), per care staff member. Managers see their own unit, ĐHNV, the
 * Director and Admins every unit. {@code ?campaign=<id>&unit=<id>} opens a campaign with a unit chosen
 * (the dashboards link here).
 */
@Route(value = "progress", layout = MainLayout.class)
@RolesAllowed(Permissions.PROGRESS_READ)
@Menu(title = "execution.nav.progress", order = 32, icon = "vaadin:chart-line")
@StyleSheet("context://styles/execution.css")
class ProgressView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ProgressService progress;
    private final Select<ExecutionCampaign> campaign = new Select<>();
    private final Grid<UnitProgress> units = new Grid<>();
    private final List<Grid.Column<UnitProgress>> unitColumns = new ArrayList<>();
    private final List<ValueProvider<UnitProgress, String>> unitTexts = new ArrayList<>();
    private static final String NUMBER = "4rem";
    private static final String RATE = "6rem";
    private static final String TARGET = "6.5rem";
    private final FooterRow total = units.appendFooterRow();
    private final FigureCards<UnitProgress> cards = new FigureCards<>("progress-cards", UnitProgress::unitName);
    private final Paragraph paceLine = new Paragraph();
    private final BarChart reachChart = new BarChart();
    private final H3 staffTitle = new H3();
    private @Nullable Pace pace;
    private final Grid<StaffProgress> staff = new Grid<>();
    private final FigureCards<StaffProgress> staffCards = new FigureCards<>("progress-staff-cards", this::staffName);

    ProgressView(ProgressService progress) {
        this.progress = progress;
        addClassNames("view", "progress-view");
        add(new H1(getTranslation("execution.progress.title")));
        List<ExecutionCampaign> campaigns = progress.campaigns();
        if (campaigns.isEmpty()) {
            add(new Paragraph(getTranslation("execution.progress.noCampaign")));
            return;
        }
        campaign.setLabel(getTranslation("execution.worklist.campaign"));
        campaign.setId("progress-campaign");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(item -> item.name() + " · " + getTranslation(item.state().labelKey()));
        campaign.setWidth("28rem");
        campaign.setValue(campaigns.getFirst());
        campaign.addValueChangeListener(change -> refresh());

        Grid.Column<UnitProgress> name = units.addColumn(UnitProgress::unitName).setKey("unit")
                .setHeader(getTranslation("execution.field.unit")).setFlexGrow(2).setWidth("8rem");
        unitColumns.add(name);
        unitColumn("tasks", NUMBER, unit -> VnFormats.number(unit.figures().tasks()));
        unitColumn("quota", NUMBER, unit -> VnFormats.number(unit.quota()));
        unitColumn("contacted", NUMBER, unit -> VnFormats.number(unit.figures().contacted()));
        targetColumn("reached", unit -> rate(unit.figures().reached(), unit.figures().reachRate(), unit.reachTarget()),
                unit -> against(unit.figures().reached(), unit.figures().reachRate(), unit.reachTarget(),
                        TargetMark.ofReach(unit.figures().reachRate(), unit.reachTarget(), pace)));
        unitColumn("ofQuota", RATE, this::ofQuota);
        unitColumn("shouldBe", RATE, this::shouldBe);
        targetColumn("success", unit -> rate(unit.figures().accepted(), unit.figures().successRate(), unit.successTarget()),
                unit -> against(unit.figures().accepted(), unit.figures().successRate(), unit.successTarget(),
                        TargetMark.of(unit.figures().successRate(), percent(unit.successTarget()))));
        targetColumn("satisfaction", unit -> satisfaction(unit.figures().satisfaction(), unit.satisfactionTarget()),
                unit -> unit.satisfactionTarget() == null ? null : TargetMark.of(unit.figures().satisfaction(),
                        unit.satisfactionTarget()).badge(satisfaction(unit.figures().satisfaction(),
                        unit.satisfactionTarget()), this::getTranslation));
        unitColumn("budget", RATE, unit -> unit.budgetPlanned() == 0 ? VnFormats.money(unit.figures().budgetUsed())
                : getTranslation("execution.progress.budgetVsPlan", VnFormats.money(unit.figures().budgetUsed()),
                VnFormats.money(unit.budgetPlanned())));
        unitColumn("unassigned", NUMBER, unit -> VnFormats.number(unit.figures().unassigned()));
        unitColumn("notDone", NUMBER, unit -> notDoneCounted() ? VnFormats.number(unit.figures().notDone()) : "");
        units.setAllRowsVisible(true);
        units.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.setId("progress-units");
        units.asSingleSelect().addValueChangeListener(change -> showStaff(change.getValue()));

        staff.addColumn(this::staffName).setKey("staff").setHeader(getTranslation("execution.field.staff"))
                .setFlexGrow(2);
        staffColumn("tasks", row -> VnFormats.number(row.figures().tasks()));
        staffColumn("open", row -> VnFormats.number(row.open()));
        staffColumn("contacted", row -> VnFormats.number(row.figures().contacted()));
        staffColumn("reached", row -> rate(row.figures().reached(), row.figures().reachRate(), null));
        staffColumn("success", row -> rate(row.figures().accepted(), row.figures().successRate(), null));
        staffColumn("satisfaction", row -> satisfaction(row.figures().satisfaction(), null));
        staffColumn("budget", row -> VnFormats.money(row.figures().budgetUsed()));
        staff.setAllRowsVisible(true);
        staff.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        staff.setId("progress-staff");
        Paragraph note = new Paragraph(getTranslation("execution.progress.note"));
        note.addClassName("progress-note");
        paceLine.setId("progress-pace");
        paceLine.addClassName("progress-pace");
        reachChart.setId("progress-chart");
        add(campaign, paceLine, units, cards, reachChart, note, staffTitle, staff, staffCards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("campaign", List.of());
        if (!asked.isEmpty() && campaign.getValue() != null) {
            campaign.getListDataView().getItems().filter(item -> String.valueOf(item.id()).equals(asked.getFirst()))
                    .findFirst().ifPresent(campaign::setValue);
        }
        if (campaign.getValue() != null) {
            refresh();
            List<String> unit = event.getLocation().getQueryParameters().getParameters().getOrDefault("unit", List.of());
            if (!unit.isEmpty()) {
                units.getListDataView().getItems().filter(row -> String.valueOf(row.unitId()).equals(unit.getFirst()))
                        .findFirst().ifPresent(units::select);
            }
        }
    }

    /**
     * A column of the units' grid, its header from the key, as narrow as its figures so that every column
     * fits a laptop; the footer's total row shows the same text, the phone's cards the same figure.
     */
    private void unitColumn(String key, String width, ValueProvider<UnitProgress, String> text) {
        String header = getTranslation("execution.progress." + key);
        unitColumns.add(units.addColumn(text).setKey(key).setHeader(header).setWidth(width));
        unitTexts.add(text);
        cards.add(header, unit -> new Span(text.apply(unit)));
    }

    /** A column of the staff grid and the same figure on the staff's phone cards. */
    private void staffColumn(String key, ValueProvider<StaffProgress, String> text) {
        String header = getTranslation("execution.progress." + key);
        staff.addColumn(text).setKey(key).setHeader(header).setAutoWidth(true);
        staffCards.add(header, row -> new Span(text.apply(row)));
    }

    private String staffName(StaffProgress row) {
        return row.staffId() == null ? getTranslation("execution.progress.unassignedStaff") : row.staffName();
    }

    /** A rate against the share's target, coloured by {@link TargetMark}; the total (no target) as plain text. */
    private void targetColumn(String key, ValueProvider<UnitProgress, String> text,
                              SerializableFunction<UnitProgress, @Nullable Component> marked) {
        String header = getTranslation("execution.progress." + key);
        SerializableFunction<UnitProgress, Component> cell = unit -> {
            Component mark = marked.apply(unit);
            return mark == null ? new Span(text.apply(unit)) : mark;
        };
        unitColumns.add(units.addComponentColumn(cell::apply).setKey(key).setHeader(header).setWidth(TARGET));
        unitTexts.add(text);
        cards.add(header, cell);
    }

    /** "93" beside the badge "30 % / 90 %", or nothing to mark when the share has no target. */
    private @Nullable Component against(long count, @Nullable BigDecimal rate, @Nullable Integer target, TargetMark mark) {
        if (target == null) {
            return null;
        }
        Div cell = new Div(new Span(VnFormats.number(count)), mark.badge(getTranslation("execution.progress.rateVsTarget",
                rate == null ? "—" : VnFormats.number(rate), target), this::getTranslation));
        cell.addClassName("progress-against");
        return cell;
    }

    private static @Nullable BigDecimal percent(@Nullable Integer target) {
        return target == null ? null : BigDecimal.valueOf(target);
    }

    /** Tasks are left not done only when the campaign moves into evaluation. */
    private boolean notDoneCounted() {
        ExecutionCampaign shown = campaign.getValue();
        return shown != null && (shown.state() == CampaignState.EVALUATION || shown.state() == CampaignState.CLOSED);
    }

    /** The part of the quota due by today on an even pace, and how far the unit is behind it. */
    private String shouldBe(UnitProgress unit) {
        if (pace == null) {
            return "";
        }
        long expected = pace.expected(unit.quota());
        long behind = expected - unit.figures().reached();
        return behind > 0 ? getTranslation("execution.progress.behind", VnFormats.number(expected), VnFormats.number(behind))
                : getTranslation("execution.progress.onPace", VnFormats.number(expected));
    }

    private void refresh() {
        long id = campaign.getValue().id();
        pace = progress.pace(id);
        paceLine.setText(pace == null ? "" : getTranslation("execution.progress.pace", pace.elapsedDays(), pace.days(),
                VnFormats.date(pace.start()), VnFormats.date(pace.end())));
        paceLine.setVisible(pace != null);
        units.getColumnByKey("shouldBe").setVisible(pace != null);
        units.getColumnByKey("notDone").setVisible(notDoneCounted());
        CampaignProgress read = progress.progress(id);
        List<UnitProgress> rows = read.units();
        units.setItems(rows);
        reachChart.setModel(reachAgainstQuota(rows));
        UnitProgress sum = read.total();
        total.getCell(unitColumns.getFirst()).setText(getTranslation("execution.progress.total"));
        for (int column = 1; column < unitColumns.size(); column++) {
            total.getCell(unitColumns.get(column)).setText(unitTexts.get(column - 1).apply(sum));
        }
        cards.show(rows, sum, getTranslation("execution.progress.total"), units::select);
        if (rows.size() == 1) {
            units.select(rows.getFirst());
        } else {
            showStaff(null);
        }
    }

    private void showStaff(@Nullable UnitProgress unit) {
        staff.setVisible(unit != null);
        staffCards.setVisible(unit != null);
        staffTitle.setText(unit == null ? getTranslation("execution.progress.pickUnit")
                : getTranslation("execution.progress.staffOf", unit.unitName()));
        if (unit != null) {
            List<StaffProgress> rows = progress.staff(campaign.getValue().id(), unit.unitId());
            staff.setItems(rows);
            staffCards.show(rows, null, "", null);
        }
    }

    /** Each unit's contacts and reach as bars, its quota as a mark across them. */
    private ChartModel reachAgainstQuota(List<UnitProgress> rows) {
        return new ChartModel(getTranslation("execution.progress.chart"), getTranslation("execution.field.unit"),
                rows.stream().map(UnitProgress::unitName).toList(),
                List.of(new ChartModel.Series(getTranslation("execution.progress.contacted"),
                                rows.stream().map(unit -> unit.figures().contacted()).toList()),
                        new ChartModel.Series(getTranslation("execution.progress.reached"),
                                rows.stream().map(unit -> unit.figures().reached()).toList())),
                new ChartModel.Series(getTranslation("execution.progress.quota"),
                        rows.stream().map(UnitProgress::quota).toList()));
    }

    /** "reached/quota · x %": the reach against the quota, beside the reach against all members. */
    private String ofQuota(UnitProgress unit) {
        BigDecimal rate = unit.quotaRate();
        return VnFormats.number(unit.figures().reached()) + "/" + VnFormats.number(unit.quota()) + " · "
                + (rate == null ? "—" : VnFormats.number(rate)) + " %";
    }

    private String rate(long count, @Nullable BigDecimal rate, @Nullable Integer target) {
        String percent = rate == null ? "—" : VnFormats.number(rate);
        String shown = VnFormats.number(count) + " · " + percent + " %";
        return target == null ? shown : VnFormats.number(count) + " · "
                + getTranslation("execution.progress.rateVsTarget", percent, target);
    }

    private String satisfaction(@Nullable BigDecimal average, @Nullable BigDecimal target) {
        String shown = average == null ? "—" : VnFormats.decimal(average, 1);
        return target == null ? shown : getTranslation("execution.progress.satisfactionVsTarget", shown,
                VnFormats.decimal(target, 1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("execution.progress.title");
    }
}

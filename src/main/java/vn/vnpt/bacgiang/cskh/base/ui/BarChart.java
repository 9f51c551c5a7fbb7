package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * A bar chart drawn by Apache ECharts (loaded from its webjar, no frontend build) in the portal's
 * Lumo colours, resized with its container. The drawing is hidden from screen readers; a visually
 * hidden table beside it holds the same figures, so the chart has a text alternative. With links, a
 * click on a category's bar opens its link, as the visible list beside the chart does for the keyboard.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class BarChart extends Div {

    /**
     * Draws (or redraws) the chart in the plot element and keeps it sized to it. Lumo's colours are
     * resolved through a probe element, since a canvas cannot paint CSS variables or colour functions.
     * Figures are grouped with dots as everywhere in the portal ({@code VnFormats.number}): ECharts groups
     * with commas, and a Vietnamese reader takes 10,000 for ten.
     */
    private static final String DRAW = """
            const plot = this;
            const probe = document.createElement('span');
            plot.parentElement.appendChild(probe);
            const lumo = (name, fallback) => {
                probe.style.color = `var(${name}, ${fallback})`;
                return getComputedStyle(probe).color;
            };
            const font = getComputedStyle(plot).fontFamily;
            const option = JSON.parse($0);
            option.color = [lumo('--lumo-primary-color', '#1676f3'), lumo('--lumo-success-color', '#0d8c4f'),
                lumo('--lumo-error-color', '#e52e1f'), lumo('--lumo-warning-color', '#fec941')];
            option.textStyle = {color: lumo('--lumo-secondary-text-color', '#555'), fontFamily: font};
            option.legend.textStyle = {color: lumo('--lumo-body-text-color', '#222')};
            const number = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 2}).format;
            option.xAxis.axisLabel = {...option.xAxis.axisLabel, formatter: number};
            option.tooltip.valueFormatter = number;
            option.series.filter(series => series.type === 'scatter')
                .forEach(series => series.itemStyle = {color: lumo('--lumo-body-text-color', '#222')});
            probe.remove();
            const charts = window.portalCharts = window.portalCharts || {};
            let entry = charts[$1];
            if (!entry) {
                const chart = echarts.getInstanceByDom(plot) || echarts.init(plot);
                const observer = new ResizeObserver(() => chart.resize());
                observer.observe(plot);
                entry = charts[$1] = {chart, observer};
            }
            entry.chart.setOption(option, true);
            entry.chart.off('click');
            if ($2) {
                entry.chart.on('click', clicked => plot.parentElement.$server.open(clicked.dataIndex));
            }
            """;
    private static final String DISPOSE = """
            const entry = window.portalCharts && window.portalCharts[$0];
            if (entry) { entry.observer.disconnect(); entry.chart.dispose(); delete window.portalCharts[$0]; }
            """;
    private static final String VISUALLY_HIDDEN = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
            + "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0";

    private final String key = UUID.randomUUID().toString();
    private final Div plot = new Div();
    private final Element table = new Element("table");
    private @Nullable ChartModel model;
    private List<String> links = List.of();

    public BarChart() {
        addClassName("bar-chart");
        getStyle().set("position", "relative").set("width", "100%");
        plot.addClassName("bar-chart-plot");
        plot.getElement().setAttribute("aria-hidden", "true");
        plot.setWidthFull();
        // The box hides the table: a table is never narrower than its content, so hidden itself it would still
        // widen the page on a phone.
        Element hidden = new Element("div").setAttribute("style", VISUALLY_HIDDEN);
        hidden.appendChild(table);
        add(plot);
        getElement().appendChild(hidden);
    }

    /** Draws the model; links set for an earlier model are dropped (set them again after the model). */
    public void setModel(ChartModel model) {
        this.model = model;
        this.links = List.of();
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", model.title());
        fillTable(model);
        plot.setHeight(Math.max(12, 3 + 3 * model.categories().size()) + "rem");
        if (isAttached()) {
            draw();
        }
    }

    public @Nullable ChartModel getModel() {
        return model;
    }

    /** The route (with its query) each category's bars open, in the model's category order. */
    public void setLinks(List<String> links) {
        if (model == null || links.size() != model.categories().size()) {
            throw new IllegalArgumentException("One link per category of the model");
        }
        this.links = List.copyOf(links);
        if (isAttached()) {
            draw();
        }
    }

    public List<String> getLinks() {
        return links;
    }

    /** A click on the bars of the category at {@code index}: opens its link. */
    @ClientCallable
    void open(int index) {
        if (index >= 0 && index < links.size()) {
            Location link = new Location(links.get(index));
            getUI().ifPresent(ui -> ui.navigate(link.getPath(), link.getQueryParameters()));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (model != null) {
            draw();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().getPage().executeJs(DISPOSE, key);
        super.onDetach(detachEvent);
    }

    private void draw() {
        plot.getElement().executeJs(DRAW, ChartOptions.json(model), key, !links.isEmpty());
    }

    private void fillTable(ChartModel model) {
        table.removeAllChildren();
        table.appendChild(new Element("caption").setText(model.title()));
        Element head = new Element("tr");
        head.appendChild(header(model.categoryName(), "col"));
        model.allSeries().forEach(series -> head.appendChild(header(series.name(), "col")));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int row = 0; row < model.categories().size(); row++) {
            Element line = new Element("tr").appendChild(header(model.categories().get(row), "row"));
            for (ChartModel.Series series : model.allSeries()) {
                line.appendChild(new Element("td").setText(VnFormats.number(series.values().get(row))));
            }
            body.appendChild(line);
        }
        table.appendChild(body);
    }

    private static Element header(String text, String scope) {
        return new Element("th").setAttribute("scope", scope).setText(text);
    }
}

package vn.vnpt.bacgiang.cskh.base.ui;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link ChartModel} into Apache ECharts' option JSON. Colours are left out: the browser
 * fills them from the Lumo custom properties of the page, so the chart follows the portal's theme.
 * Bars run across, one group per row, so that long unit names stay readable on a phone; the target is
 * a dark mark across each group rather than a bar, so it reads as a line to reach.
 */
final class ChartOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Long unit names wrap within this many pixels beside their bars, which fits a phone's width. */
    private static final int LABEL_WIDTH = 120;
    /** Room for half of the last value label, which ECharts centres on the axis's end and leaves out of the grid. */
    private static final int RIGHT_MARGIN = 28;

    private ChartOptions() {
    }

    static String json(ChartModel model) {
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        option.putObject("legend").put("type", "scroll").put("top", 0);
        option.putObject("grid").put("left", 8).put("right", RIGHT_MARGIN).put("top", 36).put("bottom", 8)
                .put("containLabel", true);
        ObjectNode categoryAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        model.categories().forEach(categoryAxis.putArray("data")::add);
        categoryAxis.putObject("axisLabel").put("interval", 0).put("width", LABEL_WIDTH).put("overflow", "break")
                .put("lineHeight", 14);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ArrayNode series = option.putArray("series");
        for (ChartModel.Series bar : model.bars()) {
            ObjectNode node = series.addObject().put("name", bar.name()).put("type", "bar").put("barMaxWidth", 48);
            bar.values().forEach(node.putArray("data")::add);
        }
        if (model.target() != null) {
            ObjectNode node = series.addObject().put("name", model.target().name()).put("type", "scatter")
                    .put("symbol", "rect").put("z", 3);
            node.putArray("symbolSize").add(4).add(30);
            model.target().values().forEach(node.putArray("data")::add);
        }
        return JSON.writeValueAsString(option);
    }
}

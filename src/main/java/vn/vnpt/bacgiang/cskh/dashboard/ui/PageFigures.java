package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * What a drawn home page says, less the times its figures are as of: its elements' tags, attributes and texts
 * (a chart's figures are in its table alternative). Two drawings that say the same need no redraw.
 */
final class PageFigures {

    private static final String TIME = "dashboard-as-of";

    private PageFigures() {
    }

    static String of(List<Component> page) {
        StringBuilder out = new StringBuilder();
        page.forEach(component -> append(component.getElement(), out));
        return out.toString();
    }

    /** Sets the shown page's as-of times to the fresh drawing's. */
    static void moveTimes(List<Component> fresh, List<Component> shown) {
        List<Element> freshTimes = times(fresh);
        List<Element> shownTimes = times(shown);
        for (int index = 0; index < Math.min(freshTimes.size(), shownTimes.size()); index++) {
            shownTimes.get(index).setText(freshTimes.get(index).getText());
        }
    }

    private static void append(Element element, StringBuilder out) {
        if (element.isTextNode()) {
            out.append(element.getText()).append('\n');
            return;
        }
        if (element.getClassList().contains(TIME)) {
            return;
        }
        out.append('<').append(element.getTag());
        element.getAttributeNames().sorted().forEach(name -> out.append(' ').append(name).append("=\"")
                .append(element.getAttribute(name)).append('"'));
        out.append('>');
        element.getChildren().forEach(child -> append(child, out));
        out.append("</>");
    }

    private static List<Element> times(List<Component> page) {
        List<Element> found = new ArrayList<>();
        page.forEach(component -> collect(component.getElement(), found));
        return found;
    }

    private static void collect(Element element, List<Element> found) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getClassList().contains(TIME)) {
            found.add(element);
            return;
        }
        element.getChildren().forEach(child -> collect(child, found));
    }
}

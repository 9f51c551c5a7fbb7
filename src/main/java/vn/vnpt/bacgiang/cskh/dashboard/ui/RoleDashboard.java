package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.handoff.HandoffState;
import vn.vnpt.bacgiang.cskh.handoff.QueueCounts;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;

/**
 * What every role's dashboard is made of: tiles whose number is a link to the list of exactly the records it
 * counts, sections with a heading, and the time the figures were read ("Số liệu lúc 14:05").
 */
abstract class RoleDashboard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(VnFormats.ZONE);

    private final Set<QueueFilter.Mode> queues = EnumSet.noneOf(QueueFilter.Mode.class);

    RoleDashboard(String kind, Instant readAt) {
        addClassNames("role-dashboard", kind);
        Paragraph asOf = new Paragraph(getTranslation("dashboard.asOf", TIME.format(readAt)));
        asOf.addClassName("dashboard-as-of");
        add(asOf);
    }

    /** A tile: the number (a link to the records it counts) over its label, with an optional line below. */
    Anchor tile(String href, long value, String label, String... detail) {
        Span number = new Span(VnFormats.number(value));
        number.addClassName("card-value");
        Span text = new Span(label);
        text.addClassName("card-label");
        Anchor tile = new Anchor(href, number, text);
        for (String line : detail) {
            Span more = new Span(line);
            more.addClassName("tile-detail");
            tile.add(more);
        }
        tile.addClassNames("card", "dashboard-tile");
        return tile;
    }

    /** A tile of a figure that is not a count of listed records (a rate), so it links nowhere. */
    Div figure(String value, String label, String... detail) {
        Span number = new Span(value);
        number.addClassName("card-value");
        Span text = new Span(label);
        text.addClassName("card-label");
        Div tile = new Div(number, text);
        for (String line : detail) {
            Span more = new Span(line);
            more.addClassName("tile-detail");
            tile.add(more);
        }
        tile.addClassNames("card", "dashboard-tile");
        return tile;
    }

    static Div tiles(Component... tiles) {
        Div row = new Div(tiles);
        row.addClassNames("cards", "dashboard-tiles");
        return row;
    }

    /** A section: its heading, then its content. */
    Div section(String id, String title, Component... content) {
        Div section = new Div(new H3(title));
        section.add(content);
        section.setId(id);
        section.addClassName("dashboard-section");
        add(section);
        return section;
    }

    /** A line of a short list that reads as a card on a phone: the text is a link, the detail beside it. */
    static Div line(String href, String text, String detail) {
        Anchor name = new Anchor(href, text);
        name.addClassName("dashboard-line-name");
        Span more = new Span(detail);
        more.addClassName("dashboard-line-detail");
        Div line = new Div(name, more);
        line.addClassName("dashboard-line");
        return line;
    }

    /**
     * A hand-off queue's section: a tile per state, then overdue and near the deadline, each linking to the
     * queue filtered to exactly those hand-offs ({@code handoffs?mode=…&state=…}).
     */
    void queue(String id, QueueCounts counts) {
        queues.add(counts.mode());
        String base = "handoffs?mode=" + counts.mode().name();
        Div row = tiles();
        for (HandoffState state : HandoffState.values()) {
            Long count = counts.byState().get(state);
            if (count != null) {
                Anchor tile = tile(base + "&state=" + state.name(), count, getTranslation(state.labelKey()));
                tile.setId(id + "-" + state.name());
                row.add(tile);
            }
        }
        Anchor overdue = tile(base + "&overdue=true", counts.overdue(), getTranslation("dashboard.queue.overdue"));
        overdue.setId(id + "-overdue");
        overdue.addClassName("tile-alert");
        Anchor near = tile(base + "&near=true", counts.near(), getTranslation("dashboard.queue.near"));
        near.setId(id + "-near");
        row.add(overdue, near);
        section(id, getTranslation("dashboard.queue." + counts.mode().name()), row);
    }

    /** Whether the dashboard has this hand-off queue's section, so the home page need not count it again. */
    boolean showsQueue(QueueFilter.Mode mode) {
        return queues.contains(mode);
    }

    static Div lines(String emptyText, java.util.List<Div> lines) {
        Div list = new Div();
        list.addClassName("dashboard-lines");
        if (lines.isEmpty()) {
            list.add(new Span(emptyText));
        } else {
            lines.forEach(list::add);
        }
        return list;
    }
}

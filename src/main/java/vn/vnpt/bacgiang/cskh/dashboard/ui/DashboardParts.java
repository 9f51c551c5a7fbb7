package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/** The pieces the role dashboards are made of: a heading with the figures' time, sections, linked tiles. */
final class DashboardParts {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(VnFormats.ZONE);

    private DashboardParts() {
    }

    /** The dashboard's title and "Số liệu lúc HH:mm": when the oldest figure it shows was read. */
    static Div heading(Component owner, String title, Instant asOf) {
        Paragraph time = new Paragraph(owner.getTranslation("dashboard.asOf", HOUR_MINUTE.format(asOf)));
        time.addClassName("dashboard-as-of");
        Div heading = new Div(new H3(title), time);
        heading.addClassName("dashboard-heading");
        return heading;
    }

    /** A titled section of a dashboard holding the given parts. */
    static Div section(String title, Component... parts) {
        Div section = new Div(new H3(title));
        section.add(parts);
        section.addClassName("dashboard-section");
        return section;
    }

    /** A row of tiles that stacks two to a row on a phone. */
    static Div tiles(Component... tiles) {
        Div row = new Div(tiles);
        row.addClassName("cards");
        return row;
    }

    /** A figure with its label, the whole tile a link to the records it counts; the flag says what needs a look. */
    static Anchor tile(String id, long value, String label, String href, @Nullable String flag) {
        Span number = new Span(VnFormats.number(value));
        number.addClassName("card-value");
        Span text = new Span(label);
        text.addClassName("card-label");
        Anchor tile = new Anchor(href, number, text);
        if (flag != null) {
            Span warning = new Span(flag);
            warning.addClassName("dashboard-flag");
            tile.add(warning);
        }
        tile.setId(id);
        tile.addClassNames("card", "stat-card", "dashboard-tile");
        return tile;
    }

    /** A line of a short table, shown as a card on a phone: its first cell links to the records behind it. */
    static Div line(Anchor name, Component... cells) {
        Div line = new Div(name);
        name.addClassName("dashboard-line-name");
        for (Component cell : cells) {
            line.add(cell);
        }
        line.addClassName("dashboard-line");
        return line;
    }

    static Span cell(String text) {
        Span cell = new Span(text);
        cell.addClassName("dashboard-cell");
        return cell;
    }
}

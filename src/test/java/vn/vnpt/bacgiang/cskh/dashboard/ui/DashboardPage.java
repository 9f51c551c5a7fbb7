package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;

/** Reads a role dashboard as a user does: a tile's number, its link followed, the rows of the list it opens. */
final class DashboardPage {

    private DashboardPage() {
    }

    static Anchor tile(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    /** The tile's number as a count ("1.234" → 1234). */
    static long value(String id) {
        return Long.parseLong(_get(tile(id), Span.class, spec -> spec.withClasses("card-value")).getText()
                .replace(".", ""));
    }

    static String label(String id) {
        return _get(tile(id), Span.class, spec -> spec.withClasses("card-label")).getText();
    }

    /** Opens the tile's link, query parameters included, as the browser would. */
    static void follow(String id) {
        String[] href = tile(id).getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], href.length == 1 ? QueryParameters.empty() : QueryParameters.fromString(href[1]));
    }

    /** Every row the grid shows, however it pages. */
    static int rows(Grid<?> grid) {
        return _fetch(grid, 0, 100_000).size();
    }

    /** The lines of a dashboard list (a ranking, findings, locked accounts). */
    static List<Div> lines(String listId) {
        return _find(_get(Div.class, spec -> spec.withId(listId)), Div.class,
                spec -> spec.withClasses("dashboard-line"));
    }
}

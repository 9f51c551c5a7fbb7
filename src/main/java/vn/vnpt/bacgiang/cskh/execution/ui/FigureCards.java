package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.ui.WindowWidth;

/**
 * A grid's rows as one card per row (and a total card), for a phone where the grid's columns cannot fit: the
 * same figures under the grid's headers; tapping a row's card picks it, when a pick is given. The cards are built
 * only while the window is a phone's (decision 0049): hidden by the style sheet at a wider window, a unit's 70 staff
 * cards were 1 300 elements in every answer that showed its progress.
 */
class FigureCards<T> extends Div {

    /** The widest window (CSS pixels) that shows cards instead of the grid, as execution.css's media query. */
    static final int PHONE = 600;

    /** One figure of a card: the grid column's header and the row's value (blank when it does not apply). */
    record Figure<T>(String header, SerializableFunction<T, Component> value) {
    }

    private final List<Figure<T>> figures = new ArrayList<>();
    private final SerializableFunction<T, String> name;
    private List<T> rows = List.of();
    private @Nullable T total;
    private String totalName = "";
    private @Nullable Consumer<T> pick;
    private boolean phone;

    FigureCards(String id, SerializableFunction<T, String> name) {
        this.name = name;
        addClassName("progress-cards");
        setId(id);
        WindowWidth.follow(this, this::fitTo);
    }

    /** Cards at a phone's width, none otherwise; 0 or less: the browser has not told its width, so none. */
    void fitTo(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth <= PHONE;
        if (narrow != phone) {
            phone = narrow;
            draw();
        }
    }

    void add(String header, SerializableFunction<T, Component> value) {
        figures.add(new Figure<>(header, value));
    }

    void show(List<T> rows, @Nullable T total, String totalName, @Nullable Consumer<T> pick) {
        this.rows = List.copyOf(rows);
        this.total = total;
        this.totalName = totalName;
        this.pick = pick;
        draw();
    }

    private void draw() {
        removeAll();
        if (!phone) {
            return;
        }
        Consumer<T> picked = pick;
        rows.forEach(row -> {
            Div card = card(name.apply(row), row);
            if (picked != null) {
                card.addClassName("progress-card-pickable");
                card.addClickListener(click -> picked.accept(row));
            }
            add(card);
        });
        T total = this.total;
        if (total != null) {
            Div sum = card(totalName, total);
            sum.addClassName("progress-card-total");
            add(sum);
        }
    }

    private Div card(String title, T row) {
        Div card = new Div(new H4(title));
        card.addClassName("progress-card");
        Div values = new Div();
        values.addClassName("progress-card-figures");
        for (Figure<T> figure : figures) {
            Component value = figure.value().apply(row);
            if (!(value instanceof Span text && text.getText().isEmpty() && text.getChildren().findAny().isEmpty())) {
                Span label = new Span(figure.header());
                label.addClassName("progress-card-label");
                values.add(label, value);
            }
        }
        card.add(values);
        return card;
    }
}

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

/**
 * A grid's rows as one card per row (and a total card), for a phone where the grid's columns cannot fit: the
 * same figures under the grid's headers; tapping a row's card picks it, when a pick is given.
 */
class FigureCards<T> extends Div {

    /** One figure of a card: the grid column's header and the row's value (blank when it does not apply). */
    record Figure<T>(String header, SerializableFunction<T, Component> value) {
    }

    private final List<Figure<T>> figures = new ArrayList<>();
    private final SerializableFunction<T, String> name;

    FigureCards(String id, SerializableFunction<T, String> name) {
        this.name = name;
        addClassName("progress-cards");
        setId(id);
    }

    void add(String header, SerializableFunction<T, Component> value) {
        figures.add(new Figure<>(header, value));
    }

    void show(List<T> rows, @Nullable T total, String totalName, @Nullable Consumer<T> pick) {
        removeAll();
        rows.forEach(row -> {
            Div card = card(name.apply(row), row);
            if (pick != null) {
                card.addClassName("progress-card-pickable");
                card.addClickListener(click -> pick.accept(row));
            }
            add(card);
        });
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

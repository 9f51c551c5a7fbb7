package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;

/**
 * The units' progress as one card per unit and a total card, for a phone where the grid's columns
 * cannot fit: the same figures under the grid's headers; tapping a unit's card shows its staff.
 */
class ProgressCards extends Div {

    /** One figure of a card: the grid column's header and the unit's value (blank when it does not apply). */
    record Figure(String header, SerializableFunction<UnitProgress, Component> value) {
    }

    private final List<Figure> figures = new ArrayList<>();

    ProgressCards() {
        addClassName("progress-cards");
        setId("progress-cards");
    }

    void add(Figure figure) {
        figures.add(figure);
    }

    void show(List<UnitProgress> units, UnitProgress total, String totalName, Consumer<UnitProgress> pick) {
        removeAll();
        units.forEach(unit -> {
            Div card = card(unit.unitName(), unit);
            card.addClickListener(click -> pick.accept(unit));
            add(card);
        });
        Div sum = card(totalName, total);
        sum.addClassName("progress-card-total");
        add(sum);
    }

    private Div card(String name, UnitProgress unit) {
        Div card = new Div(new H4(name));
        card.addClassName("progress-card");
        Div values = new Div();
        values.addClassName("progress-card-figures");
        for (Figure figure : figures) {
            Component value = figure.value().apply(unit);
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

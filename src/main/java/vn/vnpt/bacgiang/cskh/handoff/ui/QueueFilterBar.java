package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.handoff.HandoffPriority;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.HandoffState;
import vn.vnpt.bacgiang.cskh.handoff.HandoffType;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverChoice;

/** The queue's filters: which queue (when the user has more than one), state, type, priority, unit, overdue. */
class QueueFilterBar extends Div {

    private final Select<QueueFilter.Mode> mode = new Select<>();
    private final Select<@Nullable HandoffState> state = new Select<>();
    private final Select<@Nullable HandoffType> type = new Select<>();
    private final Select<@Nullable HandoffPriority> priority = new Select<>();
    private final Select<@Nullable ReceiverChoice> receiver = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox near = new Checkbox();

    QueueFilterBar(HandoffService handoffs, Runnable changed) {
        addClassName("handoff-filters");
        List<QueueFilter.Mode> modes = handoffs.modes();
        QueueFilter.Mode defaultMode = modes.getFirst();
        mode.setLabel(getTranslation("handoff.filter.mode"));
        mode.setItems(modes);
        mode.setItemLabelGenerator(value -> getTranslation("handoff.mode." + value.name()));
        mode.setValue(defaultMode);
        mode.setVisible(modes.size() > 1);
        mode.setId("handoff-filter-mode");

        state.setLabel(getTranslation("handoff.state"));
        state.setItems(HandoffState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("handoff.filter.open"));
        state.setItemLabelGenerator(value -> value == null ? getTranslation("handoff.filter.open")
                : getTranslation(value.labelKey()));
        state.setId("handoff-filter-state");

        type.setLabel(getTranslation("handoff.type"));
        type.setItems(HandoffType.values());
        allowAll(type);
        type.setItemLabelGenerator(value -> value == null ? getTranslation("handoff.filter.all")
                : getTranslation(value.labelKey()));
        type.setId("handoff-filter-type");

        priority.setLabel(getTranslation("handoff.priority"));
        priority.setItems(HandoffPriority.values());
        allowAll(priority);
        priority.setItemLabelGenerator(value -> value == null ? getTranslation("handoff.filter.all")
                : getTranslation(value.labelKey()));
        priority.setId("handoff-filter-priority");

        receiver.setLabel(getTranslation("handoff.receiver"));
        List<ReceiverChoice> units = new ArrayList<>();
        for (HandoffType kind : List.of(HandoffType.REPAIR, HandoffType.COMPLAINT, HandoffType.ENTERPRISE)) {
            units.addAll(handoffs.receivers(kind));
        }
        receiver.setItems(units);
        allowAll(receiver);
        receiver.setItemLabelGenerator(value -> value == null ? getTranslation("handoff.filter.all") : value.name());
        receiver.setVisible(defaultMode == QueueFilter.Mode.ALL);
        receiver.setId("handoff-filter-receiver");

        overdue.setLabel(getTranslation("handoff.filter.overdue"));
        overdue.setId("handoff-filter-overdue");
        near.setLabel(getTranslation("handoff.filter.near"));
        near.setId("handoff-filter-near");

        mode.addValueChangeListener(event -> changed.run());
        state.addValueChangeListener(event -> changed.run());
        type.addValueChangeListener(event -> changed.run());
        priority.addValueChangeListener(event -> changed.run());
        receiver.addValueChangeListener(event -> changed.run());
        overdue.addValueChangeListener(event -> changed.run());
        near.addValueChangeListener(event -> changed.run());
        add(mode, state, type, priority, receiver, overdue, near);
    }

    /** Narrows to one receiving unit (when the user sees every unit) and to overdue ones, as a shared link asks. */
    QueueFilter.Mode mode() {
        return mode.getValue();
    }

    QueueFilter filter() {
        ReceiverChoice unit = receiver.getValue();
        HandoffState chosen = state.getValue();
        return new QueueFilter(mode.getValue(), chosen == null ? Set.of() : Set.of(chosen), type.getValue(),
                priority.getValue(), unit == null ? null : unit.id(), overdue.getValue(), near.getValue(),
                QueueFilter.Sort.DEADLINE, true);
    }

    /**
     * A link's filters: {@code mode}, {@code state}, the receiving {@code unit}'s id, {@code overdue=true},
     * {@code near=true}; unknown or mistyped values are ignored rather than failing the page.
     */
    void apply(Map<String, List<String>> parameters) {
        first(parameters, "mode").flatMap(value -> Arrays.stream(QueueFilter.Mode.values())
                .filter(item -> item.name().equals(value) && mode.getListDataView().contains(item)).findFirst())
                .ifPresent(mode::setValue);
        first(parameters, "state").flatMap(value -> Arrays.stream(HandoffState.values())
                .filter(item -> item.name().equals(value)).findFirst()).ifPresent(state::setValue);
        first(parameters, "unit").filter(value -> value.matches("\\d{1,18}") && receiver.isVisible())
                .flatMap(value -> receiver.getListDataView().getItems()
                        .filter(choice -> choice != null && choice.id() == Long.parseLong(value)).findFirst())
                .ifPresent(receiver::setValue);
        first(parameters, "overdue").ifPresent(value -> overdue.setValue(Boolean.parseBoolean(value)));
        first(parameters, "near").ifPresent(value -> near.setValue(Boolean.parseBoolean(value)));
    }

    private static java.util.Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private void allowAll(Select<?> select) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("handoff.filter.all"));
    }
}

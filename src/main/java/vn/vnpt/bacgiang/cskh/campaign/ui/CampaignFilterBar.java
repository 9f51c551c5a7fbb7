package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignUnit;
import vn.vnpt.bacgiang.cskh.campaign.ProgrammeType;

/** Filters of the board and the list: programme type, owner, unit taking part, period and "waiting on me". */
class CampaignFilterBar extends Div {

    private final ComboBox<ProgrammeType> type = new ComboBox<>();
    private final ComboBox<Owner> owner = new ComboBox<>();
    private final ComboBox<CampaignUnit> unit = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox waiting = new Checkbox();

    CampaignFilterBar(Consumer<CampaignFilter> changed) {
        addClassNames("filter-bar", "campaign-filters");
        type.setLabel(getTranslation("campaign.filter.type"));
        type.setItems(ProgrammeType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        owner.setLabel(getTranslation("campaign.filter.owner"));
        owner.setItemLabelGenerator(Owner::name);
        unit.setLabel(getTranslation("campaign.filter.unit"));
        unit.setItemLabelGenerator(CampaignUnit::name);
        unit.setClearButtonVisible(true);
        from.setLabel(getTranslation("campaign.filter.from"));
        to.setLabel(getTranslation("campaign.filter.to"));
        for (DatePicker date : List.of(from, to)) {
            date.setI18n(new DatePicker.DatePickerI18n().setDateFormat(VnFormats.DATE_PATTERN).setFirstDayOfWeek(1));
            date.setClearButtonVisible(true);
        }
        type.setClearButtonVisible(true);
        owner.setClearButtonVisible(true);
        waiting.setLabel(getTranslation("campaign.filter.waiting"));
        type.addValueChangeListener(event -> changed.accept(filter()));
        owner.addValueChangeListener(event -> changed.accept(filter()));
        unit.addValueChangeListener(event -> changed.accept(filter()));
        from.addValueChangeListener(event -> changed.accept(filter()));
        to.addValueChangeListener(event -> changed.accept(filter()));
        waiting.addValueChangeListener(event -> changed.accept(filter()));
        add(type, owner, unit, from, to, waiting);
    }

    /** Offers the owners of the given campaigns, keeping the chosen one. */
    void offerOwners(Collection<Campaign> campaigns) {
        if (!owner.isEmpty()) {
            return;
        }
        owner.setItems(campaigns.stream().map(campaign -> new Owner(campaign.getOwnerId(), campaign.getOwnerName()))
                .collect(Collectors.toSet()).stream().sorted(Comparator.comparing(Owner::name)).toList());
    }

    /** Offers the units taking part in the campaigns, keeping the chosen one. */
    void offerUnits(List<CampaignUnit> units) {
        if (unit.isEmpty()) {
            unit.setItems(units);
        }
    }

    CampaignFilter filter() {
        return new CampaignFilter(type.getValue(), owner.isEmpty() ? null : owner.getValue().id(), from.getValue(),
                to.getValue(), waiting.getValue(), unit.isEmpty() ? null : unit.getValue().id());
    }

    private record Owner(long id, String name) {
    }
}

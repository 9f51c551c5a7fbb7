package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.segment.CriteriaGroup;
import vn.vnpt.bacgiang.cskh.segment.SegmentCriteria;

/** The OR of AND groups. Tells its listeners the criteria after every change. */
class CriteriaEditor extends Div {

    private static final Pattern FIELD = Pattern.compile("groups\\[(\\d+)]\\.criteria\\[(\\d+)]");

    private final CriterionEditors editors;
    private final List<GroupEditor> groups = new ArrayList<>();
    private final Div groupList = new Div();

    CriteriaEditor(CriterionEditors editors) {
        this.editors = editors;
        addClassName("segment-criteria");
        groupList.addClassName("segment-groups");
        Button addGroup = new Button(getTranslation("segment.group.add"), VaadinIcon.PLUS.create(), click -> {
            addGroup(new CriteriaGroup(List.of()));
            fireChanged();
        });
        addGroup.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(groupList, addGroup);
    }

    /** Replaces every group; no group at all starts one empty group. */
    void setCriteria(SegmentCriteria criteria) {
        groups.clear();
        groupList.removeAll();
        List<CriteriaGroup> initial = criteria.groups().isEmpty() ? List.of(new CriteriaGroup(List.of()))
                : criteria.groups();
        initial.forEach(this::addGroup);
        fireChanged();
    }

    SegmentCriteria value() {
        return new SegmentCriteria(groups.stream().map(GroupEditor::value).toList());
    }

    /** Marks the criterion a violation names ({@code groups[0].criteria[1]}); a null message clears all marks. */
    void showProblem(@Nullable String field, @Nullable String message) {
        Matcher matcher = FIELD.matcher(field == null ? "" : field);
        int group = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
        int criterion = matcher.matches() ? Integer.parseInt(matcher.group(2)) : -1;
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).showProblem(i == group ? criterion : -1, i == group ? message : null);
        }
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    private void addGroup(CriteriaGroup group) {
        GroupEditor[] editor = new GroupEditor[1];
        editor[0] = new GroupEditor(editors, group, this::fireChanged, () -> {
            groups.remove(editor[0]);
            groupList.remove(editor[0]);
            numberGroups();
            fireChanged();
        });
        groups.add(editor[0]);
        groupList.add(editor[0]);
        numberGroups();
    }

    private void numberGroups() {
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).setNumber(i + 1);
        }
    }

    private void fireChanged() {
        fireEvent(new ChangeEvent(this, value()));
    }

    /** The criteria as they now stand, possibly incomplete. */
    static class ChangeEvent extends ComponentEvent<CriteriaEditor> {
        private final SegmentCriteria criteria;

        ChangeEvent(CriteriaEditor source, SegmentCriteria criteria) {
            super(source, false);
            this.criteria = criteria;
        }

        SegmentCriteria criteria() {
            return criteria;
        }
    }
}

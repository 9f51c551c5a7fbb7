package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistTemplate;
import vn.vnpt.bacgiang.cskh.supervision.TemplateChange;
import vn.vnpt.bacgiang.cskh.supervision.TemplateDraft;
import vn.vnpt.bacgiang.cskh.supervision.TemplateService;

/**
 * Bảng kiểm tra giám sát: the checklist templates, edited by Admins and supervisors. Saving writes a
 * new revision (inspections keep theirs); the page compares any two revisions item by item.
 */
@Route("supervision/templates")
@RolesAllowed(Permissions.CHECKLIST_EDIT)
@Menu(title = "supervision.nav.templates", order = 35, icon = "vaadin:list-select")
@StyleSheet("context://styles/supervision.css")
class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final TemplateService templates;
    private final Select<ChecklistTemplate> chooser = new Select<>();
    private final Div editorBox = new Div();
    private final Div changesBox = new Div();
    private int basedOnRevision;

    TemplatesView(TemplateService templates) {
        this.templates = templates;
        addClassNames("view", "templates-view");
        chooser.setLabel(getTranslation("supervision.template.choose"));
        chooser.setItemLabelGenerator(ChecklistTemplate::getName);
        chooser.addClassName("template-chooser");
        chooser.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(event.getValue());
            }
        });
        Button create = new Button(getTranslation("supervision.template.new"), VaadinIcon.PLUS.create(),
                click -> openNew());
        Div header = new Div(new H1(getTranslation("supervision.templates.title")), chooser, create);
        header.addClassName("view-header");
        editorBox.setWidthFull();
        changesBox.setWidthFull();
        add(header, editorBox, changesBox);
        List<ChecklistTemplate> current = templates.current();
        chooser.setItems(current);
        if (!current.isEmpty()) {
            chooser.setValue(current.getFirst());
        }
    }

    private void open(ChecklistTemplate template) {
        basedOnRevision = template.getRevision();
        showEditor(template.draft(), getTranslation("supervision.template.revisionOf", template.getRevision(),
                VnFormats.dateTime(template.getCreatedAt()), template.getAuthorName()));
        showChanges(template.getCode());
    }

    private void openNew() {
        chooser.clear();
        basedOnRevision = 0;
        showEditor(new TemplateDraft(null, "", null, List.of()), getTranslation("supervision.template.newHelp"));
        changesBox.removeAll();
    }

    private void showEditor(TemplateDraft draft, String caption) {
        TemplateEditor form = new TemplateEditor(draft);
        Button save = new Button(getTranslation("supervision.template.save"), click -> save(form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        Paragraph help = new Paragraph(caption);
        help.addClassName("template-caption");
        editorBox.removeAll();
        editorBox.add(help, form, save);
    }

    private void save(TemplateEditor form) {
        form.clearErrors();
        ChecklistTemplate[] saved = new ChecklistTemplate[1];
        if (UserAction.run(this, () -> saved[0] = templates.save(form.draft(), basedOnRevision), "error.conflict",
                violation -> form.showError(violation.field(), UserAction.message(this, violation)))) {
            Notifications.success(getTranslation("supervision.template.saved", saved[0].getRevision()));
            List<ChecklistTemplate> current = templates.current();
            chooser.setItems(current);
            chooser.setValue(current.stream().filter(template -> template.getCode().equals(saved[0].getCode()))
                    .findFirst().orElse(saved[0]));
        }
    }

    private void showChanges(String code) {
        changesBox.removeAll();
        List<ChecklistTemplate> revisions = templates.revisions(code);
        H3 title = new H3(getTranslation("supervision.changes.title"));
        changesBox.add(title);
        if (revisions.size() < 2) {
            changesBox.add(new Paragraph(getTranslation("supervision.changes.single")));
            return;
        }
        Select<ChecklistTemplate> older = revisionSelect("supervision.changes.from", revisions);
        Select<ChecklistTemplate> newer = revisionSelect("supervision.changes.to", revisions);
        newer.setValue(revisions.get(0));
        older.setValue(revisions.get(1));
        Div list = new Div();
        list.setId("template-changes");
        Runnable compare = () -> {
            list.removeAll();
            if (older.getValue() == null || newer.getValue() == null) {
                return;
            }
            List<TemplateChange> changes = templates.changes(Objects.requireNonNull(older.getValue().getId()),
                    Objects.requireNonNull(newer.getValue().getId()));
            if (changes.isEmpty()) {
                list.add(new Paragraph(getTranslation("supervision.changes.none")));
            }
            UnorderedList items = new UnorderedList();
            changes.forEach(change -> items.add(change(change)));
            list.add(items);
        };
        older.addValueChangeListener(event -> compare.run());
        newer.addValueChangeListener(event -> compare.run());
        Div pickers = new Div(older, newer);
        pickers.addClassName("changes-pickers");
        changesBox.add(pickers, list);
        compare.run();
    }

    private ListItem change(TemplateChange change) {
        Span kind = new Span(getTranslation("supervision.changes." + change.kind().name()));
        kind.getElement().getThemeList().add("badge pill small " + switch (change.kind()) {
            case ADDED -> "success";
            case REMOVED -> "error";
            case CHANGED -> "";
        });
        ListItem item = new ListItem(kind, new Span(" " + change.section() + " › " + change.text()));
        if (!change.changed().isEmpty()) {
            item.add(new Span(" (" + change.changed().stream()
                    .map(property -> getTranslation("supervision.changes.property." + property))
                    .collect(Collectors.joining(", ")) + ")"));
        }
        item.addClassName("template-change");
        return item;
    }

    private Select<ChecklistTemplate> revisionSelect(String labelKey, List<ChecklistTemplate> revisions) {
        Select<ChecklistTemplate> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(revisions);
        select.setItemLabelGenerator(revision -> getTranslation("supervision.template.revision",
                revision.getRevision()) + " · " + VnFormats.date(revision.getCreatedAt()
                .atZone(VnFormats.ZONE).toLocalDate()));
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.templates.title");
    }
}

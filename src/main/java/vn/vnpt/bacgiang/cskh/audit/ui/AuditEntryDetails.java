package vn.vnpt.bacgiang.cskh.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.vnpt.bacgiang.cskh.audit.AuditEntry;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/** One audit entry: who changed which record and when, and the record's fields before and after. */
class AuditEntryDetails extends Dialog {

    AuditEntryDetails(AuditEntry entry) {
        addClassName("audit-entry-details");
        setWidth("48rem");
        setMaxWidth("100%");
        setHeaderTitle(getTranslation("audit.details.title", entry.getEntityType(), entry.getEntityId()));
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("audit.details.close"));
        getHeader().add(close);

        List<FieldChange> changes = FieldChange.between(entry.getBeforeState(), entry.getAfterState());
        long changed = changes.stream().filter(FieldChange::changed).count();
        Paragraph count = new Paragraph(getTranslation("audit.details.changedCount", changed, changes.size()));
        count.addClassName("audit-changed-count");
        add(facts(entry), new Paragraph(entry.getSummary()), count, table(changes));
    }

    private Div facts(AuditEntry entry) {
        Div facts = new Div(
                fact("audit.column.time", VnFormats.dateTime(entry.getOccurredAt())),
                fact("audit.column.actor", entry.getActorUsername()),
                fact("audit.column.unit", Objects.requireNonNullElse(entry.getActorUnitName(), "")),
                fact("audit.column.action", getTranslation(entry.getAction().labelKey())));
        facts.addClassName("audit-entry-facts");
        return facts;
    }

    private Span fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("audit-fact-label");
        return new Span(label, new Span(value));
    }

    private NativeTable table(List<FieldChange> changes) {
        NativeTable table = new NativeTable();
        table.addClassName("audit-changes");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("audit.details.field"));
        head.addHeaderCell().setText(getTranslation("audit.details.before"));
        head.addHeaderCell().setText(getTranslation("audit.details.after"));
        for (FieldChange change : changes) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(change.field());
            row.addDataCell().setText(text(change.before()));
            row.addDataCell().setText(text(change.after()));
            if (change.changed()) {
                row.addClassName("changed");
            }
        }
        return table;
    }

    private String text(@Nullable JsonNode value) {
        if (value == null) {
            return getTranslation("audit.details.blank");
        }
        if (value.isBoolean()) {
            return getTranslation("audit.value." + value.asBoolean());
        }
        if (value.isArray()) {
            return value.values().stream().map(this::text).collect(Collectors.joining(", "));
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}

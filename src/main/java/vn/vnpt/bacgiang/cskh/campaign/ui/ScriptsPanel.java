package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareScriptVersion;
import vn.vnpt.bacgiang.cskh.campaign.ScriptService;
import vn.vnpt.bacgiang.cskh.campaign.ScriptState;
import vn.vnpt.bacgiang.cskh.campaign.ScriptTemplate;

/**
 * Step 2's care scripts: each script with its versions and their states, and an editor for the
 * chosen script's latest version (or a new script) with the placeholder chips and a live preview
 * filled for the first customer of the campaign's segment. Read-only unless the planner may change it.
 */
class ScriptsPanel extends Div {

    /** Where the caret was when the body lost focus to a chip (client-side expressions sent with the focusout). */
    private static final String SELECTION_START = "element.inputElement.selectionStart";
    private static final String SELECTION_END = "element.inputElement.selectionEnd";

    private final ScriptService scripts;
    private final long campaignId;
    private final boolean editable;
    private final Optional<ScriptTemplate.Sample> sample;
    private final Div list = new Div();
    private final Div editor = new Div();
    private final Runnable changed;

    ScriptsPanel(ScriptService scripts, long campaignId, boolean editable, boolean mayPreview,
                 Runnable changed) {
        this.scripts = scripts;
        this.changed = changed;
        this.campaignId = campaignId;
        this.editable = editable;
        this.sample = mayPreview ? sample(scripts, campaignId) : Optional.empty();
        addClassName("campaign-scripts");
        list.addClassName("campaign-script-list");
        editor.addClassName("campaign-script-editor");
        add(new H3(getTranslation("campaign.script.heading")));
        if (!editable) {
            add(new Paragraph(getTranslation("campaign.script.readOnly")));
        }
        add(list, editor);
        refresh();
    }

    private static Optional<ScriptTemplate.Sample> sample(ScriptService scripts, long campaignId) {
        try {
            return scripts.sample(campaignId);
        } catch (AccessDeniedException denied) {
            return Optional.empty();
        }
    }

    private void refresh() {
        list.removeAll();
        editor.removeAll();
        List<ScriptService.ScriptEntry> entries = scripts.scripts(campaignId);
        if (entries.isEmpty()) {
            list.add(new Span(getTranslation("campaign.script.none")));
        }
        entries.forEach(entry -> list.add(card(entry)));
        if (editable) {
            Button create = new Button(getTranslation("campaign.script.new"), VaadinIcon.PLUS.create(),
                    click -> edit(null));
            list.add(create);
        }
    }

    private Div card(ScriptService.ScriptEntry entry) {
        Div card = new Div();
        card.addClassName("campaign-script-card");
        Span title = new Span(entry.script().getTitle() + " · " + getTranslation(entry.script().getChannel().labelKey()));
        title.addClassName("campaign-script-title");
        card.add(title);
        for (CareScriptVersion version : entry.versions()) {
            Span state = new Span(getTranslation(version.getState().labelKey()));
            state.getElement().getThemeList().add(switch (version.getState()) {
                case APPROVED -> "badge success";
                case DRAFT -> "badge";
                case SUPERSEDED -> "badge contrast";
            });
            Div line = new Div(new Span(getTranslation("campaign.script.version", version.getNumber())), state,
                    new Span(version.getCreatedByName() + ", " + VnFormats.dateTime(version.getCreatedAt())));
            if (version.getApprovedByName() != null && version.getApprovedAt() != null) {
                line.add(new Span(getTranslation("campaign.script.approvedBy", version.getApprovedByName(),
                        VnFormats.dateTime(version.getApprovedAt()))));
            }
            line.addClassName("campaign-script-version");
            card.add(line);
        }
        CareScriptVersion latest = entry.latest();
        Button open = new Button(getTranslation(editable ? "campaign.script.edit" : "campaign.script.open"),
                click -> edit(latest));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(open);
        return card;
    }

    /** Opens the editor on a version, or on a new script when none is given. */
    private void edit(@Nullable CareScriptVersion version) {
        editor.removeAll();
        TextField title = new TextField(getTranslation("campaign.script.title"));
        Select<CareChannel> channel = new Select<>();
        channel.setLabel(getTranslation("campaign.script.channel"));
        channel.setItems(CareChannel.values());
        channel.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        TextArea body = new TextArea(getTranslation("campaign.script.body"));
        body.setWidthFull();
        body.setMaxLength(CareScriptVersion.BODY_MAX);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setReadOnly(!editable || version != null && version.getState() == ScriptState.SUPERSEDED);
        Div preview = new Div();
        preview.addClassName("campaign-script-preview");
        body.addValueChangeListener(change -> showPreview(preview, change.getValue()));
        if (version == null) {
            channel.setValue(CareChannel.CALL);
            editor.add(title, channel);
        } else {
            body.setValue(version.getBody());
            editor.add(new H3(getTranslation("campaign.script.version", version.getNumber()) + " · "
                    + getTranslation(version.getState().labelKey())));
            if (editable && version.getState() == ScriptState.APPROVED) {
                editor.add(new Paragraph(getTranslation("campaign.script.editNote")));
            }
        }
        editor.add(body);
        if (!body.isReadOnly()) {
            Div chips = new Div(new Span(getTranslation("campaign.script.placeholders")));
            chips.addClassName("campaign-script-chips");
            int[] selection = {-1, -1};
            body.getElement().addEventListener("focusout", blur -> {
                selection[0] = blur.getEventData().path(SELECTION_START).asInt(-1);
                selection[1] = blur.getEventData().path(SELECTION_END).asInt(-1);
            }).addEventData(SELECTION_START).addEventData(SELECTION_END);
            for (String placeholder : ScriptTemplate.PLACEHOLDERS) {
                Button chip = new Button("{" + placeholder + "}", click -> {
                    CaretInsertion inserted = CaretInsertion.of(body.getValue(), selection[0], selection[1],
                            "{" + placeholder + "}");
                    body.setValue(inserted.text());
                    selection[0] = inserted.caret();
                    selection[1] = inserted.caret();
                    body.getElement().executeJs("this.focus(); this.inputElement.setSelectionRange($0, $0);",
                            inserted.caret());
                });
                chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                chip.setTooltipText(getTranslation("campaign.script.placeholder." + placeholder));
                chips.add(chip);
            }
            editor.add(chips);
        }
        editor.add(preview);
        showPreview(preview, body.getValue());
        if (!editable) {
            return;
        }
        Div buttons = new Div();
        buttons.addClassName("campaign-script-buttons");
        if (!body.isReadOnly()) {
            Button save = new Button(getTranslation("campaign.script.save"), click -> UserAction.run(this, () -> {
                CareScriptVersion saved = version == null
                        ? scripts.createScript(campaignId, title.getValue(), channel.getValue(), body.getValue())
                        : scripts.saveBody(Objects.requireNonNull(version.getId()), version.getVersion(),
                                body.getValue());
                Notifications.success(getTranslation("campaign.script.saved", saved.getNumber()));
                refresh();
                edit(saved);
            }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(save);
        }
        if (version != null && version.getState() == ScriptState.DRAFT) {
            Button approve = new Button(getTranslation("campaign.script.approve"), VaadinIcon.CHECK.create(),
                    click -> UserAction.run(this, () -> {
                        CareScriptVersion approved = scripts.approve(Objects.requireNonNull(version.getId()),
                                version.getVersion());
                        Notifications.success(getTranslation("campaign.script.approvedDone", approved.getNumber()));
                        refresh();
                        changed.run();
                    }));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve);
        }
        editor.add(buttons);
    }

    private void showPreview(Div preview, String body) {
        preview.removeAll();
        if (sample.isEmpty()) {
            preview.add(new Span(getTranslation("campaign.script.previewNone")));
            return;
        }
        Span heading = new Span(getTranslation("campaign.script.preview", sample.get().customerName()));
        heading.addClassName("campaign-script-preview-heading");
        Paragraph filled = new Paragraph(ScriptTemplate.fill(body, sample.get()));
        filled.addClassName("campaign-script-preview-text");
        preview.add(heading, filled);
    }
}

package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.supervision.AnswerSaved;
import vn.vnpt.bacgiang.cskh.supervision.CallbackSampleService;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistItem;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistSection;
import vn.vnpt.bacgiang.cskh.supervision.EvidenceInfo;
import vn.vnpt.bacgiang.cskh.supervision.ActionEvidenceService;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.Inspection;
import vn.vnpt.bacgiang.cskh.supervision.InspectionAnswer;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPdf;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.InspectionSheet;
import vn.vnpt.bacgiang.cskh.supervision.PrintoutService;
import vn.vnpt.bacgiang.cskh.supervision.Scorecard;

/**
 * Phiếu kiểm tra: an inspection filled on a phone, one item per card. Every answer is saved as the
 * draft the moment it changes (on the answer's version this page read; someone else's newer save is
 * reported and the page reloaded), the score per section and overall follows each answer, and a failing
 * critical item shows the knock-out at once. Submitted inspections are read-only.
 */
@Route("supervision/inspection")
@RolesAllowed(Permissions.INSPECTION_READ)
@StyleSheet("context://styles/supervision.css")
class InspectionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final InspectionService inspections;
    private final CallbackSampleService samples;
    private final Clock clock;
    private final FindingService findings;
    private final ActionEvidenceService actionEvidence;
    private final PrintoutService printouts;
    private final InspectionPdf pdf;
    private final Map<Long, Long> versions = new HashMap<>();
    private final List<ItemCard> cards = new ArrayList<>();
    private final Map<Long, Span> sectionScores = new HashMap<>();
    private final Span overall = new Span();
    private final Div knockOut = new Div();
    private final Span saved = new Span();
    private long id;
    private String title = "";

    InspectionView(InspectionService inspections, CallbackSampleService samples, Clock clock,
                   FindingService findings, ActionEvidenceService actionEvidence, PrintoutService printouts,
                   InspectionPdf pdf) {
        this.inspections = inspections;
        this.samples = samples;
        this.clock = clock;
        this.findings = findings;
        this.actionEvidence = actionEvidence;
        this.printouts = printouts;
        this.pdf = pdf;
        addClassNames("view", "inspection-view");
        setPadding(false);
    }

    @Override
    public void setParameter(BeforeEvent event, Long inspectionId) {
        id = inspectionId;
        show();
    }

    private void show() {
        InspectionSheet sheet = inspections.sheet(id);
        Inspection inspection = sheet.inspection();
        title = getTranslation("supervision.inspection.title", inspection.getUnitName());
        removeAll();
        cards.clear();
        sectionScores.clear();
        versions.clear();
        sheet.answers().forEach((itemId, answer) -> versions.put(itemId, answer.getVersion()));
        add(new RouterLink(getTranslation("supervision.inspection.back"), InspectionsView.class));
        Div heading = new Div(new H1(inspection.getUnitName()), SupervisionTexts.state(this, inspection));
        heading.addClassName("view-header");
        if (printouts.mayPrint(id)) {
            heading.add(download());
        }
        Div facts = new Div(new Span(SupervisionTexts.subject(this, inspection)),
                new Span(sheet.template().getName() + " · " + getTranslation("supervision.template.revision",
                        sheet.template().getRevision())),
                new Span(inspection.getSupervisorName() + " · " + VnFormats.date(inspection.getPlannedOn())));
        facts.addClassName("inspection-facts");
        add(heading, facts, scoreBar(sheet.editable()));
        if (inspection.getCampaignId() != null) {
            add(new SampleEntry(samples, id));
        }
        if (inspection.isSubmitted()) {
            add(new FindingsSection(findings, actionEvidence, id, LocalDate.now(clock)));
        }
        for (ChecklistSection section : sheet.template().getSections()) {
            Span score = new Span();
            score.addClassName("section-score");
            sectionScores.put(section.getId(), score);
            Div header = new Div(new H3(section.getTitle()), score);
            header.addClassName("section-header");
            add(header);
            for (ChecklistItem item : section.getItems()) {
                InspectionAnswer answer = sheet.answers().get(item.getId());
                ItemCard card = new ItemCard(item, answer, sheet.evidenceOf(item.getId()), sheet.editable(),
                        inspections, (value, comment) -> save(item.getId(), value, comment),
                        (fileName, bytes) -> attach(item.getId(), fileName, bytes), sheet::removable,
                        this::remove);
                cards.add(card);
                add(card);
            }
        }
        if (sheet.editable()) {
            Button submit = new Button(getTranslation("supervision.inspection.submit"), click -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            submit.addClassName("inspection-submit");
            add(submit);
        }
        showScore(sheet.scorecard());
    }

    /** A draft prints too, marked as a draft; the language is read now, as switching it reloads the page. */
    private Anchor download() {
        long inspectionId = id;
        Locale locale = getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.render(inspectionId, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), pdf.fileName(inspectionId, locale),
                    "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("supervision.inspection.pdf"));
        link.setId("inspection-pdf");
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassName("inspection-pdf");
        return link;
    }

    /** The score, kept in sight while answering; once submitted it no longer changes and scrolls away with the facts. */
    private Div scoreBar(boolean live) {
        overall.addClassName("overall-score");
        overall.setId("overall-score");
        knockOut.setId("knock-out");
        knockOut.addClassName("knock-out-banner");
        saved.addClassName("saved-note");
        Div bar = new Div(new Span(getTranslation("supervision.score.overall")), overall, saved, knockOut);
        bar.addClassName("score-bar");
        bar.setClassName("score-bar-live", live);
        return bar;
    }

    private void save(long itemId, @Nullable String value, @Nullable String comment) {
        UserAction.run(this, () -> {
            AnswerSaved answer = inspections.answer(id, itemId, versions.getOrDefault(itemId,
                    InspectionService.NEW_ANSWER), value, comment);
            versions.put(itemId, answer.version());
            saved.setText(getTranslation("supervision.saved",
                    SAVED_AT.format(clock.instant().atZone(VnFormats.ZONE))));
            showScore(answer.scorecard());
        }, "supervision.answer.conflict", violation -> false, this::show);
    }

    private @Nullable EvidenceInfo attach(long itemId, String fileName, byte[] bytes) {
        EvidenceInfo[] result = new EvidenceInfo[1];
        if (UserAction.run(this, () -> result[0] = inspections.attach(id, itemId, fileName, bytes))) {
            Notifications.success(getTranslation("supervision.evidence.saved", fileName));
        }
        return result[0];
    }

    private boolean remove(EvidenceInfo file) {
        boolean removed = UserAction.run(this, () -> inspections.removeEvidence(file.id()));
        if (removed) {
            Notifications.success(getTranslation("supervision.evidence.removed", file.fileName()));
        }
        return removed;
    }

    private void submit() {
        if (UserAction.run(this, () -> inspections.submit(id))) {
            Notifications.success(getTranslation("supervision.inspection.submitted.done"));
            show();
        }
    }

    private void showScore(Scorecard scorecard) {
        overall.setText(SupervisionTexts.percent(scorecard.overall()));
        scorecard.sections().forEach(section -> {
            Span score = sectionScores.get(section.sectionId());
            if (score != null) {
                score.setText(SupervisionTexts.percent(section.percent()));
            }
        });
        knockOut.removeAll();
        knockOut.setVisible(scorecard.knockedOut());
        if (scorecard.knockedOut()) {
            knockOut.add(SupervisionTexts.knockOut(this),
                    new Span(getTranslation("supervision.knockOut.help", scorecard.knockOuts().size())));
        }
        cards.forEach(card -> card.show(scorecard.failing().contains(card.itemId()),
                scorecard.knockOuts().contains(card.itemId())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

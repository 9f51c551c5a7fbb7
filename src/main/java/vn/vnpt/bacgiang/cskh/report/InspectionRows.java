package vn.vnpt.bacgiang.cskh.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.util.JRStringUtil;
import net.sf.jasperreports.renderers.SimpleDataRenderer;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.supervision.CallbackResult;
import vn.vnpt.bacgiang.cskh.supervision.CallbackSample;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistItem;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistSection;
import vn.vnpt.bacgiang.cskh.supervision.CorrectiveAction;
import vn.vnpt.bacgiang.cskh.supervision.EvidenceInfo;
import vn.vnpt.bacgiang.cskh.supervision.Finding;
import vn.vnpt.bacgiang.cskh.supervision.FindingSource;
import vn.vnpt.bacgiang.cskh.supervision.InspectionAnswer;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPrintout;
import vn.vnpt.bacgiang.cskh.supervision.ItemType;
import vn.vnpt.bacgiang.cskh.supervision.SampleSheet;
import vn.vnpt.bacgiang.cskh.supervision.SampledContact;
import vn.vnpt.bacgiang.cskh.supervision.Scorecard;
import vn.vnpt.bacgiang.cskh.supervision.StaffShare;
import vn.vnpt.bacgiang.cskh.supervision.Verdict;

/**
 * The rows of the inspection template, in print order: each section's heading and items (with a row of
 * photo thumbnails under an item that has photos), then the callback sample and the findings with their
 * actions. A row's {@code kind} picks its band (HEAD, ITEM, THUMBS, NOTE); its texts use JasperReports'
 * styled markup, so every text that comes from a user is escaped.
 */
final class InspectionRows {

    static final int THUMBS_PER_ROW = 4;
    private static final String RED = "#B42318";
    private static final String MUTED = "#5B6575";

    private final Texts texts;
    private final InspectionPrintout printout;
    private final LocalDate today;
    private final List<Map<String, ?>> rows = new ArrayList<>();

    /** Translates a key into the reader's language. */
    interface Texts {
        String get(String key, Object... arguments);
    }

    private InspectionRows(Texts texts, InspectionPrintout printout, LocalDate today) {
        this.texts = texts;
        this.printout = printout;
        this.today = today;
    }

    static List<Map<String, ?>> of(Texts texts, InspectionPrintout printout, LocalDate today) {
        InspectionRows rows = new InspectionRows(texts, printout, today);
        rows.answers();
        rows.sample();
        rows.findings();
        return rows.rows;
    }

    private void answers() {
        Scorecard scorecard = printout.sheet().scorecard();
        Map<Long, Scorecard.SectionScore> scores = scorecard.sections().stream()
                .collect(Collectors.toMap(Scorecard.SectionScore::sectionId, score -> score));
        int number = 0;
        for (ChecklistSection section : printout.sheet().template().getSections()) {
            Scorecard.SectionScore score = scores.get(section.getId());
            head(section.getTitle(), texts.get("report.inspection.sectionScore",
                    percent(score == null ? null : score.percent())), true);
            for (ChecklistItem item : section.getItems()) {
                number++;
                item(number, item, scorecard.knockOuts().contains(item.getId()),
                        scorecard.failing().contains(item.getId()));
            }
        }
    }

    private void item(int number, ChecklistItem item, boolean knockOut, boolean failing) {
        InspectionAnswer answer = printout.sheet().answers().get(item.getId());
        String value = answer == null ? null : answer.getValue();
        List<EvidenceInfo> files = printout.sheet().evidenceOf(item.getId());
        StringBuilder text = new StringBuilder(escape(item.getText()));
        text.append('\n').append(muted(tags(item)));
        if (knockOut) {
            text.append('\n').append(red(texts.get("report.inspection.knockOutFailed")));
        } else if (failing) {
            text.append('\n').append(red(texts.get("report.inspection.failing")));
        }
        if (item.getType() == ItemType.TEXT && value != null) {
            text.append('\n').append(escape(value));
        }
        if (answer != null && answer.getComment() != null) {
            text.append('\n').append(italic(texts.get("report.inspection.comment", answer.getComment())));
        }
        String documents = files.stream().filter(file -> !file.isImage()).map(EvidenceInfo::fileName)
                .collect(Collectors.joining(", "));
        if (!documents.isEmpty()) {
            text.append('\n').append(muted(texts.get("report.inspection.files", documents)));
        }
        rows.add(itemRow(String.valueOf(number), text.toString(), answerText(item, value, failing, files.size()),
                points(item, value)));
        List<EvidenceInfo> photos = files.stream().filter(file -> printout.thumbnails().containsKey(file.id())).toList();
        for (int start = 0; start < photos.size(); start += THUMBS_PER_ROW) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", "THUMBS");
            List<EvidenceInfo> line = photos.subList(start, Math.min(photos.size(), start + THUMBS_PER_ROW));
            for (int i = 0; i < line.size(); i++) {
                EvidenceInfo photo = line.get(i);
                row.put("img" + i, SimpleDataRenderer.getInstance(printout.thumbnails().get(photo.id())));
                row.put("cap" + i, photo.fileName() + " · " + VnFormats.dateTime(photo.uploadedAt()));
            }
            rows.add(row);
        }
    }

    private String tags(ChecklistItem item) {
        List<String> tags = new ArrayList<>();
        if (item.getType().scored()) {
            tags.add(texts.get("report.inspection.weight", item.getWeight()));
            if (item.isCritical()) {
                tags.add(texts.get("supervision.item.critical"));
            }
            if (item.isEvidenceOnFail()) {
                tags.add(texts.get("supervision.item.evidenceOnFail"));
            }
        } else {
            tags.add(texts.get(item.getType().labelKey()));
        }
        return String.join(" · ", tags);
    }

    private String answerText(ChecklistItem item, @Nullable String value, boolean failing, int files) {
        if (item.getType() == ItemType.EVIDENCE) {
            return files == 0 ? muted(texts.get("report.inspection.unanswered"))
                    : escape(texts.get("report.inspection.fileCount", files));
        }
        if (value == null) {
            return muted(texts.get("report.inspection.unanswered"));
        }
        String shown = switch (item.getType()) {
            case YES_NO_NA -> texts.get("supervision.choice." + value);
            case SCORE_0_5 -> value + "/5";
            case NUMBER -> VnFormats.number(new BigDecimal(value));
            default -> "";
        };
        return failing ? red(shown) : escape(shown);
    }

    private static String points(ChecklistItem item, @Nullable String value) {
        if (!item.getType().scored() || value == null) {
            return "";
        }
        Double share = Verdict.of(item, value).share();
        return share == null ? "–" : VnFormats.number(share * item.getWeight()) + " / " + item.getWeight();
    }

    private void sample() {
        SampleSheet sheet = printout.sample();
        CallbackSample sample = sheet == null ? null : sheet.sample();
        if (sheet == null || sample == null) {
            return;
        }
        head(texts.get("report.inspection.sample"), "", false);
        String asked = sample.getSizeAsked() != null
                ? texts.get("supervision.sample.asked.size", sample.getSizeAsked())
                : texts.get("supervision.sample.asked.percent", sample.getPercentAsked());
        StringBuilder text = new StringBuilder(escape(texts.get("supervision.sample.drawnText", sheet.contacts().size(),
                sample.getPopulation(), asked,
                texts.get(sample.isWeighted() ? "supervision.sample.weighted" : "supervision.sample.unweighted"),
                sample.getDrawnBy(), VnFormats.dateTime(sample.getDrawnAt()), Long.toString(sample.getSeed()))));
        Map<CallbackResult, Long> results = sheet.contacts().stream().filter(contact -> contact.getResult() != null)
                .collect(Collectors.groupingBy(SampledContact::getResult, Collectors.counting()));
        long called = results.values().stream().mapToLong(Long::longValue).sum();
        text.append('\n').append(escape(texts.get("report.inspection.sampleResults",
                results.getOrDefault(CallbackResult.CONFIRMED, 0L), results.getOrDefault(CallbackResult.NOT_CONFIRMED, 0L),
                results.getOrDefault(CallbackResult.NOT_REACHABLE, 0L), sheet.contacts().size() - called)));
        for (StaffShare share : sheet.staff()) {
            String line = share.staffName() + ": " + texts.get("supervision.sample.share", share.unconfirmed(),
                    share.answered(), share.sampled())
                    + (share.share() == null ? "" : " – " + percent(share.share() * 100));
            text.append('\n').append(share.flagged() ? red(line + " – " + texts.get("supervision.sample.flagged",
                    VnFormats.decimal(StaffShare.FLAG_ABOVE * 100, 0))) : escape(line));
        }
        note(text.toString());
    }

    private void findings() {
        List<Finding> findings = printout.findings();
        if (findings.isEmpty()) {
            if (!printout.draft()) {
                head(texts.get("report.inspection.findings", 0), "", false);
                note(escape(texts.get("supervision.findings.none")));
            }
            return;
        }
        Map<String, Object> head = head(texts.get("report.inspection.findings", findings.size()), "", false);
        head.put("h1", texts.get("report.inspection.colNo"));
        head.put("h2", texts.get("report.inspection.colFinding"));
        head.put("h3", texts.get("report.inspection.colState"));
        int number = 0;
        for (Finding finding : findings) {
            number++;
            CorrectiveAction action = printout.actions().get(finding.getId());
            rows.add(itemRow(String.valueOf(number), findingText(finding, action), findingState(finding, action), ""));
        }
    }

    private String findingText(Finding finding, @Nullable CorrectiveAction action) {
        StringBuilder text = new StringBuilder(bold(found(finding)));
        if (finding.isKnockOut()) {
            text.append('\n').append(red(texts.get("supervision.item.critical")));
        }
        String answer = finding.getAnswerValue();
        if (answer != null) {
            text.append('\n').append(escape(texts.get("report.inspection.findingAnswer",
                    answer.matches("YES|NO|NA") ? texts.get("supervision.choice." + answer)
                            : answer.matches("[0-5]") ? answer + "/5" : answer)));
        }
        line(text, "report.inspection.comment", finding.getComment());
        line(text, "report.inspection.evidence", finding.getEvidenceRef());
        if (finding.getRespondedBy() != null) {
            text.append('\n').append(italic(texts.get("report.inspection.unitResponse", finding.getRespondedBy(),
                    finding.getResponse() == null ? texts.get("report.inspection.noComment") : finding.getResponse())));
        }
        if (finding.getReply() != null) {
            text.append('\n').append(italic(texts.get("report.inspection.supervisorReply", finding.getReply())));
        }
        if (action != null) {
            text.append('\n').append(bold(texts.get("report.inspection.action", action.getDescription())));
            text.append('\n').append(escape(texts.get("report.inspection.actionOwner", action.getOwnerName(),
                    VnFormats.date(action.getDueOn()))));
            line(text, "report.inspection.actionDone", action.getDoneNote());
            line(text, "report.inspection.actionEvidence", action.getDoneEvidence());
            line(text, "report.inspection.actionCheck", action.getCheckNote());
        }
        return text.toString();
    }

    private String findingState(Finding finding, @Nullable CorrectiveAction action) {
        StringBuilder state = new StringBuilder(escape(texts.get(finding.getState().labelKey())));
        if (action != null) {
            state.append('\n').append(bold(texts.get(action.getState().labelKey())));
            if (action.overdueOn(today)) {
                state.append('\n').append(red(texts.get("supervision.action.overdue")));
            }
        } else if (finding.getState().stands()) {
            state.append('\n').append(muted(texts.get("report.inspection.noAction")));
        }
        return state.toString();
    }

    private void line(StringBuilder text, String key, @Nullable String value) {
        if (value != null) {
            text.append('\n').append(escape(texts.get(key, value)));
        }
    }

    private Map<String, Object> head(String title, String right, boolean itemColumns) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", "HEAD");
        row.put("text", title);
        row.put("points", right);
        if (itemColumns) {
            row.put("h1", texts.get("report.inspection.colNo"));
            row.put("h2", texts.get("report.inspection.colItem"));
            row.put("h3", texts.get("report.inspection.colAnswer"));
            row.put("h4", texts.get("report.inspection.colPoints"));
        }
        rows.add(row);
        return row;
    }

    private void note(String text) {
        rows.add(Map.of("kind", "NOTE", "text", text));
    }

    private static Map<String, ?> itemRow(String number, String text, String answer, String points) {
        return Map.of("kind", "ITEM", "no", number, "text", text, "answer", answer, "points", points);
    }

    /** The failed item's text, or, in the reader's language, whose callbacks the customers did not confirm. */
    private String found(Finding finding) {
        Double share = finding.getUnconfirmedShare();
        Integer unconfirmed = finding.getCallbacksUnconfirmed();
        Integer confirmed = finding.getCallbacksConfirmed();
        if (finding.getSourceKind() != FindingSource.CALLBACK || share == null || unconfirmed == null
                || confirmed == null) {
            return finding.getItemText();
        }
        return texts.get("supervision.finding.callback", finding.getStaffName(), String.valueOf(unconfirmed),
                String.valueOf(unconfirmed + confirmed), percent(100 * share));
    }

    static String percent(@Nullable Number value) {
        return value == null ? "–" : VnFormats.decimal(value, 1) + " %";
    }

    static String escape(String text) {
        return JRStringUtil.xmlEncode(text);
    }

    private static String red(String text) {
        return "<style forecolor=\"" + RED + "\" isBold=\"true\">" + escape(text) + "</style>";
    }

    private static String muted(String text) {
        return "<style forecolor=\"" + MUTED + "\" size=\"7\">" + escape(text) + "</style>";
    }

    private static String italic(String text) {
        return "<style isItalic=\"true\">" + escape(text) + "</style>";
    }

    private static String bold(String text) {
        return "<style isBold=\"true\">" + escape(text) + "</style>";
    }
}

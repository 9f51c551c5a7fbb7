package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.task.TaskExecutor;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignStepSection;
import vn.vnpt.bacgiang.cskh.report.EvaluationReport;
import vn.vnpt.bacgiang.cskh.report.EvaluationService;
import vn.vnpt.bacgiang.cskh.report.IssuedReports;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;

/** The evaluation report in the campaign's step 8 tab, once the campaign reached evaluation: its draft and conclusions. */
@org.springframework.stereotype.Component
class EvaluationSection implements CampaignStepSection {

    private final EvaluationReport report;
    private final EvaluationService evaluations;
    private final IssuedReports issued;
    private final CurrentUser currentUser;
    private final TaskExecutor executor;

    EvaluationSection(EvaluationReport report, EvaluationService evaluations, IssuedReports issued,
                      CurrentUser currentUser, TaskExecutor executor) {
        this.executor = executor;
        this.report = report;
        this.evaluations = evaluations;
        this.issued = issued;
        this.currentUser = currentUser;
    }

    @Override
    public CampaignState step() {
        return CampaignState.EVALUATION;
    }

    @Override
    public Optional<Component> section(Campaign campaign) {
        CampaignState state = campaign.getState();
        boolean reached = state == CampaignState.EVALUATION || state == CampaignState.CLOSED;
        if (!currentUser.require().can(Permission.EVALUATION_READ) || !reached) {
            return Optional.empty();
        }
        long campaignId = Objects.requireNonNull(campaign.getId());
        // the language is read now: switching it reloads the page
        Locale locale = UI.getCurrent().getLocale();
        BackgroundPdf draft = new BackgroundPdf("evaluation-draft",
                UI.getCurrent().getTranslation("report.evaluation.download"), executor,
                progress -> report.draft(campaignId, locale, progress), report.fileName(campaignId, locale));
        draft.getElement().setAttribute("title", UI.getCurrent().getTranslation("report.evaluation.downloadHelp"));
        boolean writes = currentUser.require().can(Permission.REPORT_ISSUE) && state == CampaignState.EVALUATION;
        boolean closed = state == CampaignState.CLOSED;
        EvaluationPanel panel = new EvaluationPanel(evaluations, campaignId, writes, closed ? null : draft);
        if (closed) {
            panel.add(new IssuedCopies(issued, campaignId, currentUser.require().can(Permission.CAMPAIGN_CLOSE)));
        }
        return Optional.of(panel);
    }
}

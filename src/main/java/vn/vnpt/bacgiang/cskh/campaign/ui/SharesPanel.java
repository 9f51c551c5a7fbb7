package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignShare;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;

/** Step 3: the segment's members split per executing unit, with quotas and KPI targets, and a totals row. */
class SharesPanel extends Div {

    private final CarePlanService plans;
    private final long campaignId;
    private final Runnable changed;
    private final Grid<CampaignShare> grid = new Grid<>();
    private final Button split = new Button(VaadinIcon.SPLIT.create(), click -> split());

    SharesPanel(CarePlanService plans, Campaign campaign, boolean editable, Runnable changed) {
        this.plans = plans;
        this.campaignId = Objects.requireNonNull(campaign.getId());
        this.changed = changed;
        addClassName("campaign-shares");
        add(new H3(getTranslation("campaign.plan.title")));
        split.setId("plan-split");
        split.setVisible(editable);
        add(split);
        grid.setId("plan-shares");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CampaignShare::getUnitName).setHeader(getTranslation("campaign.plan.unit"))
                .setWidth("11rem").setFlexGrow(3);
        grid.addColumn(share -> VnFormats.number(share.getMembers())).setHeader(getTranslation("campaign.plan.members"));
        grid.addColumn(share -> VnFormats.number(share.getQuota() == null ? 0 : share.getQuota()))
                .setHeader(getTranslation("campaign.plan.quota"));
        grid.addColumn(share -> share.getReachRate() + " %").setHeader(getTranslation("campaign.plan.reachRate"));
        grid.addColumn(share -> share.getSuccessRate() + " %")
                .setHeader(getTranslation("campaign.plan.successRate"));
        grid.addColumn(share -> share.getSatisfaction() == null ? "" : VnFormats.decimal(share.getSatisfaction(), 1))
                .setKey("satisfaction").setHeader(getTranslation("campaign.plan.satisfaction"));
        if (editable) {
            grid.addComponentColumn(share -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit(share));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("campaign.plan.edit") + " " + share.getUnitName());
                return edit;
            }).setKey("edit").setFlexGrow(0).setAutoWidth(true);
        }
        add(grid);
        refresh();
    }

    void refresh() {
        List<CampaignShare> shares = plans.shares(campaignId);
        grid.setItems(shares);
        grid.setVisible(!shares.isEmpty());
        split.setText(getTranslation(shares.isEmpty() ? "campaign.plan.splitFirst" : "campaign.plan.split"));
        grid.getColumns().forEach(column -> column.setFooter(""));
        var columns = grid.getColumns();
        columns.get(0).setFooter(getTranslation("campaign.plan.total"));
        columns.get(1).setFooter(VnFormats.number(sum(shares, CampaignShare::getMembers)));
        columns.get(2).setFooter(VnFormats.number(sum(shares, share -> share.getQuota() == null ? 0 : share.getQuota())));
        getChildren().filter(Paragraph.class::isInstance).toList().forEach(this::remove);
        if (shares.isEmpty()) {
            add(new Paragraph(getTranslation("campaign.plan.empty")));
        }
    }

    private static long sum(List<CampaignShare> shares, Function<CampaignShare, Long> value) {
        return shares.stream().mapToLong(value::apply).sum();
    }

    private void split() {
        UserAction.run(this, () -> {
            List<CampaignShare> shares = plans.split(campaignId);
            Notifications.success(getTranslation("campaign.plan.split.done", shares.size()));
            refresh();
            changed.run();
        });
    }

    private void edit(CampaignShare share) {
        long id = Objects.requireNonNull(share.getId());
        EditorDialog<CampaignShare> dialog = new EditorDialog<>(
                getTranslation("campaign.plan.editTitle", share.getUnitName()), new ShareForm(), share.copy(),
                plans::updateShare, () -> plans.shares(campaignId).stream()
                        .filter(found -> Objects.equals(found.getId(), id)).findFirst().orElseThrow().copy());
        dialog.addSavedListener(saved -> {
            refresh();
            changed.run();
        });
        dialog.open();
    }
}

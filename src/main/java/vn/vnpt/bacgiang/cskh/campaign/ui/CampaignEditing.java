package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import java.util.function.Consumer;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/** Opens the dialogs that create a campaign or edit its details. */
final class CampaignEditing {

    private static final int SEGMENTS_OFFERED = 500;

    private CampaignEditing() {
    }

    static void create(Component owner, CampaignService campaigns, SegmentService segments) {
        EditorDialog<Campaign> dialog = new EditorDialog<>(owner.getTranslation("campaign.form.new"),
                new CampaignForm(segments.list(0, SEGMENTS_OFFERED)), new Campaign(), campaigns::create,
                Campaign::new);
        dialog.addSavedListener(saved -> CampaignView.open(owner,
                Objects.requireNonNull(((Campaign) saved.saved()).getId())));
        dialog.open();
    }

    static void edit(Component owner, Campaign campaign, CampaignService campaigns, SegmentService segments,
                     Consumer<Campaign> saved) {
        long id = Objects.requireNonNull(campaign.getId());
        EditorDialog<Campaign> dialog = new EditorDialog<>(owner.getTranslation("campaign.form.edit"),
                new CampaignForm(segments.list(0, SEGMENTS_OFFERED)), campaign, campaigns::update,
                () -> campaigns.get(id));
        dialog.addSavedListener(event -> saved.accept((Campaign) event.saved()));
        dialog.open();
    }
}

package vn.vnpt.bacgiang.cskh.campaign;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Content another feature adds to one step's tab of the campaign page, such as step 7's inspection
 * plan. Contributed as Spring beans by the feature that owns the content, so that this module
 * depends on none of them.
 */
public interface CampaignStepSection {

    /** The step whose tab shows the section. */
    CampaignState step();

    /** The section for the campaign, or empty when the signed-in user has nothing to read in it. */
    Optional<Component> section(Campaign campaign);
}

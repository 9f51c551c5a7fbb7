package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.List;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;

/**
 * The moves the user may make on a campaign, as a menu: the keyboard's way to do what dropping its card
 * on another column does, through the same guards.
 */
class MoveMenu extends MenuBar {

    MoveMenu(Campaign campaign, List<CampaignTransition> moves, CampaignMover mover) {
        addClassName("campaign-moves");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem move = addItem(getTranslation("campaign.card.move"));
        move.setAriaLabel(getTranslation("campaign.card.moveNamed", campaign.getName()));
        moves.forEach(transition -> move.getSubMenu().addItem(getTranslation(transition.labelKey()),
                click -> mover.move(campaign, transition.to())));
    }
}

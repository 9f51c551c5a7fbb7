package vn.vnpt.bacgiang.cskh.supervision.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vnpt.bacgiang.cskh.base.ui.MenuBadge;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionWaitingService;

/**
 * The inspections' badge counts the inspections to fill or finish and the findings to answer or
 * acknowledge; the corrective actions' badge the actions to verify or due.
 */
@Configuration(proxyBeanMethods = false)
class WaitingBadges {

    @Bean
    MenuBadge inspectionsWaiting(SupervisionWaitingService waiting, CurrentUser currentUser) {
        return new WaitingBadge("supervision/inspections", waiting, currentUser);
    }

    @Bean
    MenuBadge actionsWaiting(SupervisionWaitingService waiting, CurrentUser currentUser) {
        return new WaitingBadge("supervision/actions", waiting, currentUser);
    }
}

package vn.vnpt.bacgiang.cskh.campaign;

import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Work a later feature gives a unit in a campaign's current state (step 8's settlement): while it is not done the
 * campaign waits on that unit's user, in "Việc chờ bạn" and on the campaign's page, like the steps the campaign
 * feature knows itself.
 */
public interface UnitWork {

    /** Whether the campaign, as it is now (open: never closed or cancelled), waits on this user for the work. */
    boolean waitsOn(Campaign campaign, PortalUser user);
}

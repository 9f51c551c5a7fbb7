package vn.vnpt.bacgiang.cskh.execution;

import java.util.List;

/**
 * Step 6 at a glance on the home page: a care staff member's open tasks and those due by today; for
 * managers, ĐHNV and the Director, each campaign in execution in their scope with its tasks, those
 * reached and those not yet assigned.
 */
public record HomeFigures(boolean careStaff, long openTasks, long dueToday, List<Running> campaigns) {

    public record Running(long campaignId, String name, long tasks, long reached, long unassigned) {
    }
}

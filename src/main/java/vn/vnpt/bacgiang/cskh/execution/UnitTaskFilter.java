package vn.vnpt.bacgiang.cskh.execution;

/**
 * Which of a unit's open care tasks the sales manager's assignment list shows: all of them, those not yet
 * given to anyone, or those past their due time (by the portal's clock). A link chooses one with
 * {@code assignment?campaign=<id>&view=UNASSIGNED}.
 */
public enum UnitTaskFilter {
    OPEN, UNASSIGNED, OVERDUE;

    public String labelKey() {
        return "execution.assign.view." + name();
    }
}

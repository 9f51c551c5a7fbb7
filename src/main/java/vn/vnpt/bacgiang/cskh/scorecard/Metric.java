package vn.vnpt.bacgiang.cskh.scorecard;

/** One figure of the scorecard, counted either for executing units (sales departments) or for TTVTs. */
public enum Metric {
    NOT_STARTED(Side.EXECUTING, "not_started"),
    TASKS_OVERDUE(Side.EXECUTING, "tasks_overdue"),
    READINESS_LATE(Side.EXECUTING, "readiness_late"),
    ACTIONS_OVERDUE(Side.EXECUTING, "actions_overdue"),
    ACCEPTED_LATE(Side.TTVT, "accepted_late"),
    BOUNCED(Side.TTVT, "bounced"),
    HANDOFFS_OVERDUE(Side.TTVT, "handoffs_overdue");

    /** Which kind of unit a figure is counted for. */
    public enum Side {
        EXECUTING, TTVT;

        public String labelKey() {
            return "scorecard.side." + name();
        }

        public String headingKey() {
            return "scorecard.heading." + name();
        }
    }

    private final Side side;
    private final String column;

    Metric(Side side, String column) {
        this.side = side;
        this.column = column;
    }

    public Side side() {
        return side;
    }

    /** The snapshot table's column. */
    String column() {
        return column;
    }

    public String labelKey() {
        return "scorecard.metric." + name();
    }
}

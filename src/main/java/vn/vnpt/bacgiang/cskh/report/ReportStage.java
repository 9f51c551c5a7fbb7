package vn.vnpt.bacgiang.cskh.report;

/** How far the making of a report got, for a page that shows it: its figures read, then its pages laid out. */
public enum ReportStage {
    FIGURES(0.1), LAYOUT(0.6);

    private final double done;

    ReportStage(double done) {
        this.done = done;
    }

    /** The share of the work done once this stage starts: reading takes most of the time on a large campaign. */
    public double done() {
        return done;
    }

    public String labelKey() {
        return "report.stage." + name();
    }
}

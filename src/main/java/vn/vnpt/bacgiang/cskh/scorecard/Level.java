package vn.vnpt.bacgiang.cskh.scorecard;

/** How a figure stands against its thresholds: below the warning, at or above it, at or above the alert. */
public enum Level {
    OK, WARN, ALERT;

    public String labelKey() {
        return "scorecard.level." + name();
    }
}

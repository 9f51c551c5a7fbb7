package vn.vnpt.bacgiang.cskh.handoff;

public enum HandoffPriority {
    LOW, NORMAL, HIGH, URGENT;

    public String labelKey() {
        return "handoff.priority." + name();
    }
}

package vn.vnpt.bacgiang.cskh.audit;

public enum AuditAction {
    CREATE, UPDATE, STATE_CHANGE, DELETE, EXPORT;

    public String labelKey() {
        return "audit.action." + name();
    }
}

package vn.vnpt.bacgiang.cskh.execution;

/**
 * Where a care task stands: open until a contact reaches the customer (completed), the third failed
 * attempt (unreachable), or a wrong number or a customer who moved away (closed).
 */
public enum TaskState {
    OPEN, COMPLETED, UNREACHABLE, CLOSED;

    public String labelKey() {
        return "execution.state." + name();
    }
}

package vn.vnpt.bacgiang.cskh.execution;

/**
 * Where a care task stands: open until a contact reaches the customer (completed), the third failed
 * attempt (unreachable), or a wrong number or a customer who moved away (closed); a task still open
 * when the campaign moves into evaluation is not done (docs/decisions/0022).
 */
public enum TaskState {
    OPEN, COMPLETED, UNREACHABLE, CLOSED, NOT_DONE;

    public String labelKey() {
        return "execution.state." + name();
    }
}

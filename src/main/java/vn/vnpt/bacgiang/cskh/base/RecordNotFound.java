package vn.vnpt.bacgiang.cskh.base;

/** The record asked for does not exist; a view opened by its address shows the "page not found" page. */
public class RecordNotFound extends RuleViolation {

    public RecordNotFound(String messageKey, Object id) {
        super(messageKey, null, id);
    }
}

package vn.vnpt.bacgiang.cskh.audit;

import java.util.Map;

/** A business record whose state the audit trail can snapshot before and after a change. */
public interface Auditable {

    /** The audit trail's name of the record type, e.g. {@code Unit}. */
    String auditType();

    String auditId();

    /** The fields worth recording, in a stable order; values must be plain (strings, numbers, booleans, lists). */
    Map<String, Object> auditState();
}
